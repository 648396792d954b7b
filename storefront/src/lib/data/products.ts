import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { handleOfSegment } from "@/lib/catalog/handle"
import type { CatalogQuery } from "@/lib/catalog/query"
import type { RatingSummary } from "@/lib/reviews/rating"

import { getRegion } from "./regions"
import { storeGet } from "./store-api"
import { tags } from "./tags"

// Region prices need region_id plus the calculated_price relation; stock decides the add button.
const FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

export const PAGE_SIZE = 12

export async function listProducts(options: {
  page?: number
  limit?: number
  categoryId?: string
}): Promise<{ products: HttpTypes.StoreProduct[]; count: number }> {
  const limit = options.limit ?? PAGE_SIZE
  const page = options.page ?? 1
  const region = await getRegion()
  const { products, count } = await storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    {
      limit,
      offset: (page - 1) * limit,
      region_id: region?.id,
      category_id: options.categoryId ? [options.categoryId] : undefined,
      fields: FIELDS,
      order: "created_at",
    },
    { tags: [tags.products], revalidate: 60 }
  )
  return { products, count }
}

export type Seller = { id: string; handle: string; name: string }

/** Each product's seller (every product has one: the Store API adds it), by product id. */
export async function sellersOfProducts(productIds: string[]): Promise<Map<string, Seller>> {
  const ids = [...new Set(productIds)].sort()
  if (!ids.length) return new Map()
  const { products } = await storeGet<{ products: (HttpTypes.StoreProduct & { seller?: Seller | null })[] }>(
    "/store/products",
    { id: ids, fields: "id", limit: ids.length },
    { tags: [tags.products], revalidate: 300 }
  )
  return new Map(products.flatMap((product) => (product.seller ? [[product.id, product.seller] as const] : [])))
}

/** A store product with the seller and the reviews' summary (null: no reviews yet) the Store API adds to every product. */
export type ProductWithSeller = HttpTypes.StoreProduct & { seller?: Seller | null; rating?: RatingSummary | null }

/**
 * One page of the catalog: `GET /store/catalog` searches (title, description, seller's name), filters
 * (category, collection, seller, price in the region, stock), sorts and pages, and answers with product ids;
 * the products themselves come from the Store API's list in that order. Without a region there are no prices to filter or
 * sort by, so those are left out.
 */
export async function searchProducts(
  query: Pick<CatalogQuery, "page" | "q" | "minPrice" | "maxPrice" | "inStock" | "sort"> & {
    categoryId?: string
    collectionId?: string
    sellerId?: string
  }
): Promise<{ products: ProductWithSeller[]; count: number }> {
  const region = await getRegion()
  const priced = Boolean(region)
  const byPrice = query.sort === "price_asc" || query.sort === "price_desc"
  // Free text and price bounds would fill the data cache with one entry per value anybody typed: not cached.
  const revalidate = query.q || query.minPrice !== null || query.maxPrice !== null ? 0 : 60
  const { products: hits, count } = await storeGet<{ products: { id: string }[]; count: number }>(
    "/store/catalog",
    {
      limit: PAGE_SIZE,
      offset: (query.page - 1) * PAGE_SIZE,
      region_id: region?.id,
      q: query.q || undefined,
      category_id: query.categoryId,
      collection_id: query.collectionId,
      seller_id: query.sellerId,
      min_price: priced ? (query.minPrice ?? undefined) : undefined,
      max_price: priced ? (query.maxPrice ?? undefined) : undefined,
      in_stock: query.inStock ? "true" : undefined,
      sort: byPrice && !priced ? "newest" : query.sort,
    },
    { tags: [tags.products], revalidate }
  )
  return { products: await productsInOrder(hits.map((hit) => hit.id), region?.id, revalidate), count }
}

/** Store products by id, in the order of `ids`; one gone since (unpublished a moment ago) is left out. */
async function productsInOrder(ids: string[], regionId: string | undefined, revalidate: number) {
  if (!ids.length) return []
  const { products } = await storeGet<{ products: ProductWithSeller[] }>(
    "/store/products",
    { id: ids, limit: ids.length, region_id: regionId, fields: FIELDS },
    { tags: [tags.products], revalidate }
  )
  const byId = new Map(products.map((product) => [product.id, product]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** A product for its page: prices, stock, its categories (for the breadcrumbs) and seller. */
export async function getProductDetail(segment: string): Promise<ProductWithSeller | null> {
  const handle = handleOfSegment(segment)
  if (!handle) return null
  const region = await getRegion()
  const { products } = await storeGet<{ products: ProductWithSeller[] }>(
    "/store/products",
    // Medusa's store routes allow the categories relation only whole (`*categories`), not field by field.
    { handle, region_id: region?.id, fields: `${FIELDS},*categories`, limit: 1 },
    { tags: [tags.products, tags.product(handle)], revalidate: 60 }
  )
  return products[0] ?? null
}

const SITEMAP_PAGE = 500

/** Every listed product's handle and last change, for the sitemap: all pages of the Store API, up to `max`. */
export async function productHandles(max = 5000): Promise<{ handle: string; updatedAt: string | null }[]> {
  type Row = { handle: string | null; updated_at?: string | Date | null }
  const page = (offset: number) =>
    storeGet<{ products: Row[]; count: number }>(
      "/store/products",
      { fields: "handle,updated_at", limit: Math.min(SITEMAP_PAGE, max - offset), offset, order: "created_at" },
      { tags: [tags.products], revalidate: 3600 }
    )
  const head = await page(0)
  const offsets: number[] = []
  for (let offset = SITEMAP_PAGE; offset < Math.min(head.count, max); offset += SITEMAP_PAGE) offsets.push(offset)
  const rest = await Promise.all(offsets.map(page))
  return [head, ...rest].flatMap(({ products }) =>
    products.flatMap(({ handle, updated_at: updated }) =>
      handle ? [{ handle, updatedAt: updated ? new Date(updated).toISOString() : null }] : []
    )
  )
}
