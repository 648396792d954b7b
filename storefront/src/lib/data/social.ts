import "server-only"

import { cache } from "react"

import { getConfig } from "@/lib/config"
import { absoluteUrl } from "@/lib/cms/media"

import { getAuthToken } from "./cookies"
import { medusaFetch, statusOf } from "./customer-reads"

/** A profile as the Store API answers it (docs/API.md, Profile). */
export type Profile = {
  id: string
  handle: string
  display_name: string
  bio: string | null
  avatar_url: string | null
  kind: "customer" | "seller"
  posts_count: number
  followers_count: number
  following_count: number
  followed_by_me?: boolean
  created_at: string
}

export type PostProduct = {
  id: string
  title: string | null
  handle: string | null
  thumbnail: string | null
  price: { amount: number; currency_code: string } | null
  availability: "available" | "sold_out" | "unavailable"
  seller: { handle: string; name: string } | null
}

/** A post as the Store API answers it (GET /store/posts/:id, the feeds and lists), image URLs made absolute. */
export type SocialPost = {
  id: string
  status: "published" | "hidden"
  caption: string
  created_at: string
  updated_at: string
  likes_count: number
  comments_count: number
  liked_by_me?: boolean
  author: { id: string; handle: string; display_name: string; avatar_url: string | null; kind: "customer" | "seller" }
  hashtags: string[]
  images: { id: string; url: string; tags: { id: string; product_id: string; x: number | null; y: number | null }[] }[]
  products: PostProduct[]
}

export type Comment = {
  id: string
  body: string
  parent_id: string | null
  created_at: string
  replies_count?: number
  author: { id: string; handle: string; display_name: string; avatar_url: string | null; kind: "customer" | "seller" }
}

/** Uploads and avatars may be stored with paths relative to the backend; browsers need absolute URLs. */
export function mediaUrl(url: string): string
export function mediaUrl(url: string | null): string | null
export function mediaUrl(url: string | null): string | null {
  return url ? absoluteUrl(url, getConfig().medusaBackendUrl) : null
}

export function toSocialPost(post: SocialPost): SocialPost {
  return {
    ...post,
    author: { ...post.author, avatar_url: mediaUrl(post.author.avatar_url) },
    images: post.images.map((image) => ({ ...image, url: mediaUrl(image.url) })),
    products: post.products.map((product) => ({ ...product, thumbnail: mediaUrl(product.thumbnail) })),
  }
}

/**
 * The signed-in customer's own profile, or null for a guest or a customer who has none yet (it is made on a
 * first post, like, comment or follow). Read once per request.
 */
export const retrieveMyProfile = cache(async (): Promise<Profile | null> => {
  const token = await getAuthToken()
  if (!token) return null
  try {
    const { profile } = await medusaFetch<{ profile: Profile }>("/store/profiles/me", { token })
    return { ...profile, avatar_url: mediaUrl(profile.avatar_url) }
  } catch (error) {
    const status = statusOf(error)
    if (status === 404 || status === 401) return null
    throw error
  }
})
