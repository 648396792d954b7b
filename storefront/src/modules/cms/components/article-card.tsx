import Link from "next/link"

import { imageOf } from "@/lib/cms/media"
import type { Article } from "@/lib/cms/types"
import { fill, type Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

type Props = { article: Article; locale: Locale; cmsUrl: string; t: Dictionary["blog"] }

export function formatDate(value: string | null | undefined, locale: Locale): string | null {
  const date = value ? new Date(value) : null
  return date && !Number.isNaN(date.getTime()) ? new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(date) : null
}

export default function ArticleCard({ article, locale, cmsUrl, t }: Props) {
  const cover = imageOf(article.cover, cmsUrl, "card")
  const date = formatDate(article.publishedAt, locale)
  const href = `/${locale}/blog/${article.slug}`
  return (
    <article className="article-card">
      {cover && (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="article-card__media">
          <img src={cover.src} alt="" width={cover.width ?? undefined} height={cover.height ?? undefined} loading="lazy" />
        </Link>
      )}
      <h2 className="article-card__title">
        <Link href={href}>{article.title}</Link>
      </h2>
      <p className="article-card__meta">
        {fill(t.by, { author: article.author })}
        {date && article.publishedAt && (
          <>
            {" · "}
            <time dateTime={article.publishedAt}>{date}</time>
          </>
        )}
      </p>
      {article.excerpt && <p className="article-card__excerpt">{article.excerpt}</p>}
    </article>
  )
}
