import "server-only"

import type { Paginated } from "@/lib/cms/types"

import { tags } from "../tags"
import { cmsGet } from "./client"
import { SLUG } from "./pages"

export type SitemapDocument = { slug: string; updatedAt: string | null }

// 100 documents a request, at most 50 requests: far beyond what a shop's CMS holds.
const PAGE_SIZE = 100
const MAX_PAGES = 50

/** Every published document of a collection, slug and last change only. Slugs are not localized. */
async function published(collection: "pages" | "articles", tag: string): Promise<SitemapDocument[]> {
  const docs: SitemapDocument[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await cmsGet<Paginated<{ slug?: string | null; updatedAt?: string | null }>>(
      `/api/${collection}`,
      { depth: 0, limit: PAGE_SIZE, page, sort: "slug", "select[slug]": "true", "select[updatedAt]": "true" },
      [tag]
    )
    for (const doc of result.docs) {
      if (doc.slug && SLUG.test(doc.slug)) docs.push({ slug: doc.slug, updatedAt: doc.updatedAt ?? null })
    }
    if (page >= result.totalPages) break
  }
  return docs
}

/** The CMS pages and blog articles the sitemap lists. Throws when the CMS cannot answer. */
export async function sitemapDocuments(): Promise<{ pages: SitemapDocument[]; articles: SitemapDocument[] }> {
  const [pages, articles] = await Promise.all([
    published("pages", tags.cmsPages),
    published("articles", tags.cmsArticles),
  ])
  return { pages, articles }
}
