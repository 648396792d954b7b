import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { getConfig } from "@/lib/config"
import { listArticles } from "@/lib/data/cms/articles"
import { getGlobal } from "@/lib/data/cms/globals"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { pageCount, parsePage } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import ArticleCard from "@/modules/cms/components/article-card"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const DEFAULT_PAGE_SIZE = 9

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getDictionary(locale).blog.title } : {}
}

export default async function BlogPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale)
  const page = parsePage((await searchParams).page)
  const settings = await getGlobal("site-settings", locale)
  const size = Math.min(Math.max(Math.trunc(settings?.blogPageSize ?? DEFAULT_PAGE_SIZE), 1), 48)
  const { docs, totalDocs } = await listArticles(locale, page, size)
  if (page > 1 && docs.length === 0) notFound()
  const { cmsPublicUrl: cmsUrl } = getConfig()

  return (
    <div className="blog">
      <h1>{t.blog.title}</h1>
      {docs.length === 0 ? (
        <p className="empty">{t.blog.empty}</p>
      ) : (
        <ul className="article-grid">
          {docs.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} locale={locale} cmsUrl={cmsUrl} t={t.blog} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pages={pageCount(totalDocs, size)}
        href={(target) => `/${locale}/blog${target > 1 ? `?page=${target}` : ""}`}
        t={t.pagination}
      />
    </div>
  )
}
