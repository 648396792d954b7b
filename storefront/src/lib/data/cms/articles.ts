import "server-only"

import type { Locale } from "@/lib/i18n/locales"
import type { Article, Paginated } from "@/lib/cms/types"

import { tags } from "../tags"
import { cmsGet } from "./client"
import { SLUG } from "./pages"

/** One page of the blog, newest first. */
export function listArticles(locale: Locale, page: number, pageSize: number): Promise<Paginated<Article>> {
  return cmsGet<Paginated<Article>>(
    "/api/articles",
    { locale, depth: 1, limit: pageSize, page, sort: "-publishedAt" },
    [tags.cmsArticles, tags.cmsCategories],
    { drafts: true }
  )
}

export async function getArticle(slug: string, locale: Locale): Promise<Article | null> {
  if (!SLUG.test(slug)) return null
  const { docs } = await cmsGet<Paginated<Article>>(
    "/api/articles",
    { "where[slug][equals]": slug, locale, depth: 1, limit: 1 },
    [tags.cmsArticle(slug), tags.cmsCategories],
    { drafts: true }
  )
  return docs[0] ?? null
}
