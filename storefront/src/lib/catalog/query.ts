import { z } from "zod"

import type { Locale } from "@/lib/i18n/locales"
import { parsePage } from "@/lib/util/pagination"

export const sorts = ["newest", "oldest", "title"] as const
export type Sort = (typeof sorts)[number]
export const defaultSort: Sort = "newest"

/** Medusa's `order` per sort. The Store API cannot sort by price, so neither can the catalog. */
export const sortOrder: Record<Sort, string> = { newest: "-created_at", oldest: "created_at", title: "title" }

export type CatalogQuery = {
  /** Free text for Medusa's `q` (title, description and more), whitespace collapsed. */
  q: string | null
  category: string | null
  seller: string | null
  sort: Sort
  page: number
}

type SearchParams = Record<string, string | string[] | undefined>

// Repeated parameters count once, like ?page=.
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

// Longer input is not a search anybody typed; control characters never are.
const Query = z
  .string()
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1).max(100).regex(/^\P{Cc}*$/u))
const Sort = z.enum(sorts)
// Seller handles as the backend creates them; category handles come from Medusa's admin, so any letters.
const SellerHandle = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
const CategoryHandle = z.string().max(200).regex(/^[\p{L}\p{N}_-]+$/u)

/**
 * The catalog's query string. A bad search, sort or page is ignored (the default applies); a malformed
 * category or seller names nothing that can exist, so the answer is null and the page a 404, as for an
 * unknown one. An empty value counts as absent, as an emptied search box sends it. `in_stock` is not
 * read: Medusa's store product list cannot filter on stock, and filtering one page would break paging.
 */
export function parseCatalogQuery(params: SearchParams): CatalogQuery | null {
  const category = first(params.category) || null
  const seller = first(params.seller) || null
  if (category !== null && !CategoryHandle.safeParse(category).success) return null
  if (seller !== null && !SellerHandle.safeParse(seller).success) return null
  const q = Query.safeParse(first(params.q) ?? "")
  const sort = Sort.safeParse(first(params.sort))
  return {
    q: q.success ? q.data : null,
    category,
    seller,
    sort: sort.success ? sort.data : defaultSort,
    page: parsePage(params.page),
  }
}

/** The catalog path for a query, defaults left out, parameters in a fixed order (one URL per listing). */
export function catalogPath(query: Partial<CatalogQuery>): string {
  const search = new URLSearchParams()
  if (query.q) search.set("q", query.q)
  if (query.category) search.set("category", query.category)
  if (query.seller) search.set("seller", query.seller)
  if (query.sort && query.sort !== defaultSort) search.set("sort", query.sort)
  if (query.page && query.page > 1) search.set("page", String(query.page))
  const suffix = search.toString()
  return `/products${suffix ? `?${suffix}` : ""}`
}

export function catalogHref(locale: Locale, query: Partial<CatalogQuery>): string {
  return `/${locale}${catalogPath(query)}`
}

/** Whether the listing narrows the catalog by anything a shopper chose (for the empty state). */
export function isFiltered(query: CatalogQuery): boolean {
  return Boolean(query.q || query.category || query.seller)
}
