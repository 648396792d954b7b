import type { Post } from "@/lib/data/posts"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"

type Props = { posts: Post[]; locale: Locale; t: Dictionary["posts"] }

/** Posts as cards: image, author, caption, likes and date (the CMS's posts grid, a product's posts). */
export default function PostGrid({ posts, locale, t }: Props) {
  const plural = new Intl.PluralRules(locale)
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium" })
  return (
    <ul className="posts-grid">
      {posts.map((post) => (
        <li key={post.id}>
          <article className="post-card" aria-label={fill(t.by, { name: post.author.name })}>
            {post.image && (
              // Square crops (cms.css); the size attributes give the browser the ratio before the file arrives.
              <img className="post-card__image" src={post.image} alt="" width={400} height={400} loading="lazy" />
            )}
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
  )
}
