import "server-only"

import type { HttpTypes } from "@medusajs/types"

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

export async function getProduct(handle: string): Promise<HttpTypes.StoreProduct | null> {
  // Handles are short slugs; anything else cannot exist and would make an oversized cache tag.
  if (!/^[\w-]{1,200}$/.test(handle)) return null
  const region = await getRegion()
  const { products } = await storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    { handle, region_id: region?.id, fields: FIELDS, limit: 1 },
    { tags: [tags.products, tags.product(handle)], revalidate: 60 }
  )
  return products[0] ?? null
}
