import type { PostsGridBlock } from "@/lib/cms/types"
import { blockPosts, type Post } from "@/lib/data/posts"
import PostGrid from "@/modules/social/components/post-grid"

import type { BlockProps } from "./context"

export default async function PostsGridBlockView({ block, context }: BlockProps<PostsGridBlock>) {
  let posts: Post[]
  try {
    posts = await blockPosts(block)
  } catch (error) {
    console.error(`Posts grid (${block.source}) unavailable: ${(error as Error).message}`)
    return null
  }
  if (posts.length === 0) return null
  return (
    <section className="block block--posts">
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      <PostGrid posts={posts} locale={context.locale} t={context.t.posts} />
    </section>
  )
}
