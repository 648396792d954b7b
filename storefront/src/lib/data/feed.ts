import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { summary } from "@/lib/catalog/metadata"
import { suggestAuthors, type Author } from "@/lib/social/suggestions"
import { feedType, needsCustomer, type FeedTab } from "@/lib/social/tabs"

import { getAuthToken } from "./cookies"
import { medusaFetch, retrieveCustomer, statusOf } from "./customer-reads"
import { getRegion } from "./regions"
import { getSeller, type PublicSeller } from "./sellers"
import { mediaUrl, retrieveMyProfile, toSocialPost, type Profile, type SocialPost } from "./social"
import { storeGet } from "./store-api"
import { tags } from "./tags"

/** Posts per page of a feed or a hashtag's list: a phone's first screens, so the first page hydrates quickly. */
export const FEED_PAGE = 6
/** Posts per page of a profile's grid: whole rows of three (phones) and four. */
export const GRID_PAGE = 12

export type Page<T> = { posts: T[]; nextCursor: string | null }

/** A post as a profile's grid shows it: its first image, linked, named by its caption. */
export type GridPost = { id: string; excerpt: string; image: string | null; createdAt: string }

export type TrendingTag = { tag: string; postsCount: number }

type PostList = { posts: SocialPost[]; next_cursor: string | null }

export type Viewer = {
  /** A customer is signed in: liking, commenting, following and the personal feeds are open to it. */
  signedIn: boolean
  /** Its profile; null for a guest and for a customer who has none yet. */
  me: Profile | null
}

const logged =
  <T>(what: string, fallback: T) =>
  (error: unknown) => {
    console.error(`${what} unavailable: ${(error as Error).message}`)
    return fallback
  }

/**
 * Who reads the social pages. Signed in means a token the backend still takes (the header reads the same customer);
 * while the backend cannot say, the cookie decides. Once per request.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const [customer, me] = await Promise.all([
    retrieveCustomer().catch(logged("The customer", undefined)),
    retrieveMyProfile().catch(logged("The customer's profile", null)),
  ])
  const signedIn = customer === undefined ? Boolean(await getAuthToken()) : customer !== null
  return { signedIn, me: signedIn ? me : null }
})

/** The cache tag of one profile's public data (its counts change with every follow and post). */
export const profileTag = (handle: string) => `profile-${handle}`

/**
 * A social read. Guests share cached answers; a signed-in reader's answer says what it liked and follows, so it is
 * read fresh with its token. A token the backend no longer takes is read past as a guest's.
 */
async function socialGet<T>(path: string, query: Record<string, unknown>, cacheTags: string[]): Promise<T> {
  const token = await getAuthToken()
  if (token) {
    try {
      return await medusaFetch<T>(path, { token, query })
    } catch (error) {
      if (statusOf(error) !== 401) throw error
    }
  }
  return storeGet<T>(path, query, { tags: cacheTags, revalidate: 30 })
}

const toPage = ({ posts, next_cursor }: PostList): Page<SocialPost> => ({
  posts: posts.map(toSocialPost),
  nextCursor: next_cursor,
})

/**
 * A page of a feed, the tagged products priced in the shopper's region. Following and For you are one customer's:
 * without a valid token the backend answers 401 (a FetchError the caller maps).
 */
export async function getFeedPage(tab: FeedTab, cursor?: string): Promise<Page<SocialPost>> {
  const region = await getRegion()
  const query = { type: feedType(tab), limit: FEED_PAGE, cursor, region_id: region?.id }
  const list = needsCustomer(tab)
    ? await medusaFetch<PostList>("/store/feed", { token: await getAuthToken(), query })
    : await socialGet<PostList>("/store/feed", query, [tags.posts])
  return toPage(list)
}

/** A page of a hashtag's posts, newest first (an unknown hashtag has none). */
export async function getHashtagPage(tag: string, cursor?: string): Promise<Page<SocialPost>> {
  const region = await getRegion()
  const list = await socialGet<PostList>(
    `/store/hashtags/${encodeURIComponent(tag)}/posts`,
    { limit: FEED_PAGE, cursor, region_id: region?.id },
    [tags.posts]
  )
  return toPage(list)
}

/** A profile by handle, with whether the reader follows it; null for an unknown handle. Once per request. */
export const getProfile = cache(async (handle: string): Promise<Profile | null> => {
  try {
    const { profile } = await socialGet<{ profile: Profile }>(`/store/profiles/${handle}`, {}, [profileTag(handle)])
    return { ...profile, avatar_url: mediaUrl(profile.avatar_url) }
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
})

/** A page of a profile's posts for its grid. Shared by every reader: the grid shows nothing reader-specific. */
export async function getGridPage(handle: string, cursor?: string): Promise<Page<GridPost>> {
  const { posts, next_cursor } = await storeGet<PostList>(
    `/store/profiles/${handle}/posts`,
    { limit: GRID_PAGE, cursor },
    { tags: [tags.posts, profileTag(handle)], revalidate: 30 }
  )
  return {
    posts: posts.map((post) => ({
      id: post.id,
      excerpt: summary(post.caption, 100) ?? "",
      image: mediaUrl(post.images[0]?.url ?? null),
      createdAt: post.created_at,
    })),
    nextCursor: next_cursor,
  }
}

/** The hottest hashtags of the trending window. */
export async function listTrending(limit = 10): Promise<TrendingTag[]> {
  const { hashtags } = await storeGet<{ hashtags: { tag: string; posts_count: number }[] }>(
    "/store/hashtags/trending",
    { limit },
    { tags: [tags.posts], revalidate: 300 }
  )
  return hashtags.map(({ tag, posts_count: postsCount }) => ({ tag, postsCount }))
}

// Enough of explore's best posts to find a handful of distinct authors.
const SUGGESTION_POOL = 30
// The followed profiles left out of the suggestions; someone following more has no empty Following feed.
const FOLLOWING_CHECKED = 100

/**
 * Profiles to follow for a reader whose Following feed is empty: the authors of explore's best posts, except the
 * reader and the profiles it follows (a customer without a profile follows nobody).
 */
export async function suggestProfiles(me: Profile | null, limit = 5): Promise<Author[]> {
  const [explore, following] = await Promise.all([
    storeGet<PostList>(
      "/store/feed",
      { type: "explore", limit: SUGGESTION_POOL },
      { tags: [tags.posts], revalidate: 60 }
    ),
    me
      ? medusaFetch<{ profiles: Profile[] }>(`/store/profiles/${me.handle}/following`, {
          query: { limit: FOLLOWING_CHECKED },
        })
      : { profiles: [] },
  ])
  const exclude = new Set([...(me ? [me.handle] : []), ...following.profiles.map((profile) => profile.handle)])
  return suggestAuthors(explore.posts.map(toSocialPost), exclude, limit)
}

// Region prices need region_id plus the calculated_price relation (as the catalog reads them).
const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

/**
 * A seller profile's products, newest first: the seller by the profile's handle, then its listed products priced in
 * the shopper's region. Null when no approved seller has the handle (a seller profile whose handle got a suffix).
 */
export async function listSellerProducts(
  handle: string,
  limit = 8
): Promise<{ seller: PublicSeller; products: HttpTypes.StoreProduct[] } | null> {
  const seller = await getSeller(handle)
  if (!seller) return null
  const region = await getRegion()
  const { products } = await storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    { seller_id: seller.id, region_id: region?.id, fields: PRODUCT_FIELDS, limit, order: "-created_at" },
    { tags: [tags.products, tags.seller(handle)], revalidate: 60 }
  )
  return { seller, products }
}
