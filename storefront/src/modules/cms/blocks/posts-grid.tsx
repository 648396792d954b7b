import { fill } from "@/lib/i18n/dictionaries"
import type { PostsGridBlock } from "@/lib/cms/types"
import { blockPosts, type Post } from "@/lib/data/posts"

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
  const t = context.t.posts
  const plural = new Intl.PluralRules(context.locale)
  const dateFormat = new Intl.DateTimeFormat(context.locale, { dateStyle: "medium" })
  return (
    <section className="block block--posts">
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      <ul className="posts-grid">
        {posts.map((post) => (
          <li key={post.id}>
            <article className="post-card" aria-label={fill(t.by, { name: post.author.name })}>
              {post.image && <img className="post-card__image" src={post.image} alt="" loading="lazy" />}
              <header className="post-card__author">
                {post.author.avatar && <img src={post.author.avatar} alt="" width={32} height={32} loading="lazy" />}
                <span>
                  <strong>{post.author.name}</strong> <span className="post-card__handle">@{post.author.handle}</span>
                </span>
              </header>
              {post.caption && <p className="post-card__caption">{post.caption}</p>}
              <footer className="post-card__meta">
                <span>
                  <span aria-hidden="true">♥ </span>
                  {fill(plural.select(post.likes) === "one" ? t.likes.one : t.likes.other, { n: post.likes })}
                </span>
                <time dateTime={post.createdAt}>{dateFormat.format(new Date(post.createdAt))}</time>
              </footer>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
