import "server-only"

import { getConfig } from "@/lib/config"
import { absoluteUrl } from "@/lib/cms/media"
import type { PostsGridBlock } from "@/lib/cms/types"

import { storeGet } from "./store-api"
import { tags } from "./tags"

/** A post as the Store API answers it (/store/hashtags/:tag/posts, /store/profiles/:handle/posts, /store/products/:id/posts). */
type StorePost = {
  id: string
  caption: string
  likes_count: number
  created_at: string
  author: { handle: string; display_name: string; avatar_url: string | null }
  images: { id: string; url: string }[]
}

export type Post = {
  id: string
  caption: string
  likes: number
  createdAt: string
  author: { handle: string; name: string; avatar: string | null }
  image: string | null
}

const TAG = /^[a-z0-9_]{1,100}$/
const PROFILE = /^[\w.-]{1,100}$/

/** The newest published posts for a posts-grid block: a hashtag's or one profile's. */
export async function blockPosts(block: PostsGridBlock): Promise<Post[]> {
  const limit = Math.min(Math.max(Math.trunc(block.limit ?? 6), 1), 24)
  const hashtag = block.hashtag?.trim().replace(/^#/, "").toLowerCase() ?? ""
  const profile = block.profileHandle?.trim().replace(/^@/, "") ?? ""
  let path: string
  if (block.source === "hashtag" && TAG.test(hashtag)) path = `/store/hashtags/${hashtag}/posts`
  else if (block.source === "profile" && PROFILE.test(profile)) path = `/store/profiles/${encodeURIComponent(profile)}/posts`
  else return []
  const { posts } = await storeGet<{ posts: StorePost[] }>(path, { limit }, { tags: [tags.posts], revalidate: 60 })
  return posts.map(toPost)
}

/** The newest posts that tag a product ("seen in posts" on its page). */
export async function productPosts(productId: string, limit = 6): Promise<Post[]> {
  const { posts } = await storeGet<{ posts: StorePost[] }>(
    `/store/products/${encodeURIComponent(productId)}/posts`,
    { limit },
    { tags: [tags.posts], revalidate: 60 }
  )
  return posts.map(toPost)
}

function toPost(post: StorePost): Post {
  // Uploads may be stored with paths relative to the backend.
  const { medusaBackendUrl } = getConfig()
  const url = (value: string | null | undefined) => (value ? absoluteUrl(value, medusaBackendUrl) : null)
  return {
    id: post.id,
    caption: post.caption,
    likes: post.likes_count,
    createdAt: post.created_at,
    author: { handle: post.author.handle, name: post.author.display_name, avatar: url(post.author.avatar_url) },
    image: url(post.images[0]?.url),
  }
}
