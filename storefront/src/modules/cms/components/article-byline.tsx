import type { Article } from "@/lib/cms/types"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"

type Props = { article: Article; locale: Locale; t: Dictionary["blog"]; className: string }

function formatDate(value: string | null | undefined, locale: Locale): string | null {
  const date = value ? new Date(value) : null
  return date && !Number.isNaN(date.getTime()) ? new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(date) : null
}

/** "By <author> · <date>", as the blog list and the article page show it. */
export default function ArticleByline({ article, locale, t, className }: Props) {
  const date = formatDate(article.publishedAt, locale)
  return (
    <p className={className}>
      {fill(t.by, { author: article.author })}
      {date && article.publishedAt && (
        <>
          {" · "}
          <time dateTime={article.publishedAt}>{date}</time>
        </>
      )}
    </p>
  )
}
