import { z } from "zod"

import type { Locale } from "@/lib/i18n/locales"
import { parsePage } from "@/lib/util/pagination"

/** The catalog's sorts, named as `GET /store/catalog` takes them. */
export const sorts = ["newest", "oldest", "title", "price_asc", "price_desc"] as const
export type Sort = (typeof sorts)[number]
export const defaultSort: Sort = "newest"

export type CatalogQuery = {
  /** Free text (title, description, seller's name), whitespace collapsed. */
  q: string | null
  category: string | null
  /** A product collection's handle. */
  collection: string | null
  seller: string | null
  /** Price bounds in major units of the shop's currency, as prices are shown (incl. VAT). */
  minPrice: number | null
  maxPrice: number | null
  /** Only products with a variant that can be bought now. */
  inStock: boolean
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
// Seller handles as the backend creates them; category and collection handles come from Medusa's admin: any letters.
const SellerHandle = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
const AdminHandle = z.string().max(200).regex(/^[\p{L}\p{N}_-]+$/u)
// Whole or with cents; a comma counts as the decimal point, as shoppers in de and el type it.
const Price = z
  .string()
  .trim()
  .regex(/^\d{1,7}(?:[.,]\d{1,2})?$/)
  .transform((value) => Number(value.replace(",", ".")))

const price = (value: string | string[] | undefined) => {
  const parsed = Price.safeParse(first(value))
  return parsed.success ? parsed.data : null
}

/**
 * The catalog's query string. A bad search, price, sort or page is ignored (the default applies); bounds
 * given the wrong way round are swapped. A malformed category, collection or seller names nothing that can
 * exist, so the answer is null and the page a 404, as for an unknown one. An empty value counts as absent, as
 * an emptied search box sends it. `in_stock=1` (the checkbox's value) or `true` asks for products in stock.
 */
export function parseCatalogQuery(params: SearchParams): CatalogQuery | null {
  const category = first(params.category) || null
  const collection = first(params.collection) || null
  const seller = first(params.seller) || null
  if (category !== null && !AdminHandle.safeParse(category).success) return null
  if (collection !== null && !AdminHandle.safeParse(collection).success) return null
  if (seller !== null && !SellerHandle.safeParse(seller).success) return null
  const q = Query.safeParse(first(params.q) ?? "")
  const sort = Sort.safeParse(first(params.sort))
  const [minPrice, maxPrice] = [price(params.min_price), price(params.max_price)]
  const swap = minPrice !== null && maxPrice !== null && minPrice > maxPrice
  return {
    q: q.success ? q.data : null,
    category,
    collection,
    seller,
    minPrice: swap ? maxPrice : minPrice,
    maxPrice: swap ? minPrice : maxPrice,
    inStock: ["1", "true"].includes(first(params.in_stock) ?? ""),
    sort: sort.success ? sort.data : defaultSort,
    page: parsePage(params.page),
  }
}

export type CatalogParam =
  | "q"
  | "category"
  | "collection"
  | "seller"
  | "min_price"
  | "max_price"
  | "in_stock"
  | "sort"
  | "page"

/** A query's parameters, defaults left out, in a fixed order (one URL per listing); forms repeat them as hidden fields. */
export function catalogParams(query: Partial<CatalogQuery>): [CatalogParam, string][] {
  const params: [CatalogParam, string | null | false | undefined][] = [
    ["q", query.q],
    ["category", query.category],
    ["collection", query.collection],
    ["seller", query.seller],
    ["min_price", query.minPrice != null && String(query.minPrice)],
    ["max_price", query.maxPrice != null && String(query.maxPrice)],
    ["in_stock", query.inStock && "1"],
    ["sort", query.sort !== defaultSort && query.sort],
    ["page", query.page !== undefined && query.page > 1 && String(query.page)],
  ]
  return params.filter((param): param is [CatalogParam, string] => !!param[1])
}

/** The catalog path for a query (see catalogParams). */
export function catalogPath(query: Partial<CatalogQuery>): string {
  const suffix = new URLSearchParams(catalogParams(query)).toString()
  return `/products${suffix ? `?${suffix}` : ""}`
}

export function catalogHref(locale: Locale, query: Partial<CatalogQuery>): string {
  return `/${locale}${catalogPath(query)}`
}

/** Whether the listing narrows the catalog by anything a shopper chose (for the empty state). */
export function isFiltered(query: CatalogQuery): boolean {
  return Boolean(
    query.q ||
      query.category ||
      query.collection ||
      query.seller ||
      query.minPrice !== null ||
      query.maxPrice !== null ||
      query.inStock
  )
}
