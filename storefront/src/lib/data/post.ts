import "server-only"

import { cache } from "react"

import { postId as postIdSchema } from "@/lib/post/schemas"

import { getAuthToken } from "./cookies"
import { medusaFetch, statusOf } from "./customer-reads"
import { getRegion } from "./regions"
import { mediaUrl, toSocialPost, type Comment, type SocialPost } from "./social"
import { storeGet } from "./store-api"
import { tags } from "./tags"

/** Comments per page, top-level and replies alike. */
const COMMENTS_PAGE = 20

/**
 * A post for its page, with its tagged products priced in the shopper's region, or null when there is none to
 * show (unknown, deleted, or hidden from this reader). A signed-in reader gets `liked_by_me` and, as its author,
 * a hidden post, never cached; an expired token reads as a guest. Guests share a cached copy for half a minute.
 * Read once per request (metadata and page share it).
 */
export const getPost = cache(async (id: string): Promise<SocialPost | null> => {
  if (!postIdSchema.safeParse(id).success) return null
  const [token, region] = await Promise.all([getAuthToken(), getRegion()])
  const path = `/store/posts/${id}`
  const query = region ? { region_id: region.id } : {}
  try {
    if (token) {
      try {
        return toSocialPost((await medusaFetch<{ post: SocialPost }>(path, { token, query })).post)
      } catch (error) {
        if (statusOf(error) !== 401) throw error
      }
    }
    const { post } = await storeGet<{ post: SocialPost }>(path, query, { tags: [tags.posts], revalidate: 30 })
    return toSocialPost(post)
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
})

export type CommentPage = { comments: Comment[]; nextCursor: string | null }

/**
 * One page of a published post's comments, newest first: the top-level ones, or a top-level comment's replies
 * (`parentId`). Not cached: a conversation is read as it is. A post that cannot be commented (hidden, deleted)
 * has none.
 */
export async function listComments(
  postId: string,
  { parentId, cursor }: { parentId?: string | null; cursor?: string | null } = {}
): Promise<CommentPage> {
  try {
    const { comments, next_cursor } = await medusaFetch<{ comments: Comment[]; next_cursor: string | null }>(
      `/store/posts/${postId}/comments`,
      { query: { limit: COMMENTS_PAGE, parent_id: parentId ?? undefined, cursor: cursor ?? undefined } }
    )
    return { comments: comments.map(toComment), nextCursor: next_cursor }
  } catch (error) {
    if (statusOf(error) === 404) return { comments: [], nextCursor: null }
    throw error
  }
}

/** A comment with its author's avatar as an absolute URL. */
export function toComment(comment: Comment): Comment {
  return { ...comment, author: { ...comment.author, avatar_url: mediaUrl(comment.author.avatar_url) } }
}
