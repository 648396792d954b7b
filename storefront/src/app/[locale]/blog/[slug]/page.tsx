import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { getConfig } from "@/lib/config"
import { imageOf } from "@/lib/cms/media"
import { metadataOf } from "@/lib/cms/metadata"
import { getArticle } from "@/lib/data/cms/articles"
import { optional } from "@/lib/data/cms/client"
import { getGlobal } from "@/lib/data/cms/globals"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import ArticleByline from "@/modules/cms/components/article-byline"
import RichText from "@/modules/cms/components/rich-text"

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const [article, settings] = await Promise.all([
    optional(`article "${slug}" (${locale})`, () => getArticle(slug, locale)),
    getGlobal("site-settings", locale),
  ])
  if (!article) return {}
  const metadata = metadataOf({
    meta: { ...article.meta, description: article.meta?.description || article.excerpt },
    title: article.title,
    settings,
    cmsUrl: getConfig().cmsPublicUrl,
    image: article.cover,
  })
  return {
    ...metadata,
    openGraph: { ...metadata.openGraph, type: "article", publishedTime: article.publishedAt ?? undefined, authors: [article.author] },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const article = await getArticle(slug, locale)
  if (!article) notFound()
  const t = getDictionary(locale).blog
  const { cmsPublicUrl: cmsUrl } = getConfig()
  const cover = imageOf(article.cover, cmsUrl, "hero")
  const categories = (article.categories ?? []).flatMap((category) =>
    category && typeof category === "object" ? [category] : []
  )

  return (
    <article className="article">
      <p className="article__back">
        <Link href={`/${locale}/blog`}>{t.all}</Link>
      </p>
      <h1>{article.title}</h1>
      <ArticleByline article={article} locale={locale} t={t} className="article__meta" />
      {categories.length > 0 && (
        <ul className="article__categories" aria-label={t.categories}>
          {categories.map((category) => (
            <li key={category.id}>{category.title}</li>
          ))}
        </ul>
      )}
      {cover && (
        <img
          className="article__cover"
          src={cover.src}
          alt={cover.alt}
          width={cover.width ?? undefined}
          height={cover.height ?? undefined}
          fetchPriority="high"
        />
      )}
      <RichText content={article.content} locale={locale} cmsUrl={cmsUrl} className="article__body" />
    </article>
  )
}
