import Link from "next/link"

import type { GridPost } from "@/lib/data/feed"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"

type Props = {
  post: GridPost
  locale: Locale
  /** "Post from {date}": the name of a post without a caption. */
  postOn: string
  /** In the first row: not lazy. */
  eager: boolean
}

/** One square of a profile's posts grid: the first image, a link to the post named by its caption. */
export default function GridTile({ post, locale, postOn, eager }: Props) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(post.createdAt))
  const name = post.excerpt || fill(postOn, { date })
  return (
    <li className="profile-grid__item">
      <Link href={`/${locale}/p/${post.id}`} className="profile-grid__link">
        {post.image ? (
          // Square crops (social.css); the size attributes give the browser the ratio before the file arrives.
          <img src={post.image} alt={name} width={300} height={300} loading={eager ? "eager" : "lazy"} />
        ) : (
          <span className="profile-grid__text">{name}</span>
        )}
      </Link>
    </li>
  )
}
