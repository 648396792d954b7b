import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { storeGet } from "./store-api"
import { tags } from "./tags"

export async function listCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { fields: "id,name,handle", limit: 100, order: "name" },
    { tags: [tags.categories], revalidate: 300 }
  )
  return product_categories
}
