import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { isHandle } from "@/lib/catalog/handle"
import type { ProductCarouselBlock } from "@/lib/cms/types"

import { getCollection } from "./collections"
import { getRegion } from "./regions"
import { storeGet } from "./store-api"
import { tags } from "./tags"

// As in products.ts: region prices and stock for the product cards.
const FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

/** The id of a product category by handle, or null when there is none. */
async function categoryId(handle: string): Promise<string | null> {
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { handle, fields: "id", limit: 1 },
    { tags: [tags.categories], revalidate: 300 }
  )
  return product_categories[0]?.id ?? null
}

/**
 * The products a carousel block shows: a collection's or category's newest, or the listed handles
 * in the editor's order. An unknown handle gives fewer (or no) products, never an error.
 */
export async function carouselProducts(block: ProductCarouselBlock): Promise<HttpTypes.StoreProduct[]> {
  const limit = Math.min(Math.max(Math.trunc(block.limit ?? 8), 1), 24)
  const filter: Record<string, unknown> = {}
  if (block.source === "handles") {
    const handles = [...new Set((block.handles ?? []).map((handle) => handle.trim()))].filter((h) => isHandle(h))
    if (handles.length === 0) return []
    filter.handle = handles.slice(0, limit)
  } else {
    const handle = (block.source === "collection" ? block.collectionHandle : block.categoryHandle)?.trim() ?? ""
    if (!isHandle(handle)) return []
    const id = block.source === "collection" ? (await getCollection(handle))?.id ?? null : await categoryId(handle)
    if (!id) return []
    filter[block.source === "collection" ? "collection_id" : "category_id"] = [id]
  }
  const region = await getRegion()
  const { products } = await storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    { ...filter, limit, region_id: region?.id, fields: FIELDS, order: "-created_at" },
    { tags: [tags.products], revalidate: 60 }
  )
  if (!Array.isArray(filter.handle)) return products
  const order = filter.handle as string[]
  return [...products].sort((a, b) => order.indexOf(a.handle) - order.indexOf(b.handle))
}
