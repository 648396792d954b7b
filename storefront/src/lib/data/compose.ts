"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"

import type { TagProduct } from "@/lib/compose/draft"
import { composeError, type ComposeError } from "@/lib/compose/errors"
import { postIdSchema, publishSchema, searchSchema, updateSchema } from "@/lib/compose/schema"
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales"
import { messageOf } from "@/lib/util/errors"

import { getAuthToken, removeAuthToken } from "./cookies"
import { medusaFetch, statusOf } from "./customer-reads"
import { mediaUrl, retrieveMyProfile, toSocialPost, type SocialPost } from "./social"
import { storeGet } from "./store-api"
import { tags } from "./tags"

/** What a write answers when it fails; on success it redirects instead. */
export type ComposeFailure = { error: ComposeError }

export type ProductSearch = { ok: true; products: TagProduct[] } | { ok: false }

const localeOf = (locale: string): Locale => (isLocale(locale) ? locale : defaultLocale)

/** A backend refusal as the UI's error; a token the backend no longer takes is dropped from the cookie. */
async function failure(what: string, error: unknown): Promise<ComposeFailure> {
  const status = statusOf(error)
  const sorted = composeError(status, messageOf(error))
  if (sorted.code === "expired") await removeAuthToken()
  if (sorted.code === "failed") console.error(`Compose: ${what} failed: ${messageOf(error)}`)
  return { error: sorted }
}

/** Publishes a post (images uploaded through /api/uploads), then opens it. */
export async function publishPost(locale: string, input: unknown): Promise<ComposeFailure> {
  const parsed = publishSchema.safeParse(input)
  if (!parsed.success) return { error: { code: "failed" } }
  const token = await getAuthToken()
  if (!token) return { error: { code: "expired" } }
  let id: string
  try {
    const { post } = await medusaFetch<{ post: { id: string } }>("/store/posts", {
      method: "POST",
      token,
      body: parsed.data,
    })
    id = post.id
  } catch (error) {
    return failure("publishing a post", error)
  }
  updateTag(tags.posts)
  redirect(`/${localeOf(locale)}/p/${id}`)
}

/** Saves the caption and changed tags of the caller's post, then opens it. */
export async function updatePost(locale: string, postId: string, input: unknown): Promise<ComposeFailure> {
  const id = postIdSchema.safeParse(postId)
  const parsed = updateSchema.safeParse(input)
  if (!id.success || !parsed.success) return { error: { code: "failed" } }
  const token = await getAuthToken()
  if (!token) return { error: { code: "expired" } }
  try {
    await medusaFetch(`/store/posts/${id.data}`, { method: "POST", token, body: parsed.data })
  } catch (error) {
    return failure(`updating post ${id.data}`, error)
  }
  updateTag(tags.posts)
  redirect(`/${localeOf(locale)}/p/${id.data}`)
}

/** Deletes the caller's post, then opens their profile. */
export async function deletePost(locale: string, postId: string): Promise<ComposeFailure> {
  const id = postIdSchema.safeParse(postId)
  if (!id.success) return { error: { code: "notFound" } }
  const token = await getAuthToken()
  if (!token) return { error: { code: "expired" } }
  try {
    await medusaFetch(`/store/posts/${id.data}`, { method: "DELETE", token })
  } catch (error) {
    return failure(`deleting post ${id.data}`, error)
  }
  updateTag(tags.posts)
  const profile = await retrieveMyProfile().catch(() => null)
  redirect(`/${localeOf(locale)}/${profile ? `u/${profile.handle}` : "feed"}`)
}

/**
 * Products a post can tag: the catalog's search (published, sellers approved) finds up to 8 ids, the Store API
 * gives their titles and thumbnails in that order. Typed text is not cached.
 */
export async function searchProductsToTag(query: string): Promise<ProductSearch> {
  const q = searchSchema.safeParse(query)
  if (!q.success) return { ok: true, products: [] }
  try {
    const { products: hits } = await medusaFetch<{ products: { id: string }[] }>("/store/catalog", {
      query: { q: q.data, limit: 8 },
    })
    const ids = hits.map((hit) => hit.id)
    if (!ids.length) return { ok: true, products: [] }
    const { products } = await medusaFetch<{ products: TagProduct[] }>("/store/products", {
      query: { id: ids, fields: "id,title,thumbnail", limit: ids.length },
    })
    const byId = new Map(products.map((product) => [product.id, product]))
    return {
      ok: true,
      products: ids.flatMap((id) => {
        const product = byId.get(id)
        return product ? [{ id, title: product.title, thumbnail: mediaUrl(product.thumbnail) }] : []
      }),
    }
  } catch (error) {
    console.error(`Compose: product search failed: ${messageOf(error)}`)
    return { ok: false }
  }
}

/** The hottest hashtags, suggested while a caption is typed; none when the feed is unavailable. */
export async function trendingHashtags(): Promise<string[]> {
  try {
    const { hashtags } = await storeGet<{ hashtags: { tag: string }[] }>(
      "/store/hashtags/trending",
      { limit: 50 },
      { tags: [tags.posts], revalidate: 300 }
    )
    return hashtags.map((hashtag) => hashtag.tag)
  } catch (error) {
    console.error(`Compose: trending hashtags unavailable: ${messageOf(error)}`)
    return []
  }
}

/**
 * A post for its edit page: read with the caller's token (so a hidden post is found too), and only when the
 * caller wrote it. Null for anyone else, as for an unknown post.
 */
export async function getEditablePost(postId: string): Promise<SocialPost | null> {
  const id = postIdSchema.safeParse(postId)
  const token = await getAuthToken()
  if (!id.success || !token) return null
  const [profile, post] = await Promise.all([
    retrieveMyProfile(),
    medusaFetch<{ post: SocialPost }>(`/store/posts/${id.data}`, { token }).then(
      (answer) => answer.post,
      (error) => {
        if (statusOf(error) === 404) return null
        throw error
      }
    ),
  ])
  return profile && post && post.author.id === profile.id ? toSocialPost(post) : null
}
