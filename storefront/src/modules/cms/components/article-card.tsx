import Link from "next/link"

import { imageOf } from "@/lib/cms/media"
import type { Article } from "@/lib/cms/types"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

import ArticleByline from "./article-byline"

type Props = { article: Article; locale: Locale; cmsUrl: string; t: Dictionary["blog"] }

export default function ArticleCard({ article, locale, cmsUrl, t }: Props) {
  const cover = imageOf(article.cover, cmsUrl, "card")
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
      <ArticleByline article={article} locale={locale} t={t} className="article-card__meta" />
      {article.excerpt && <p className="article-card__excerpt">{article.excerpt}</p>}
    </article>
  )
}
