import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { storeGet } from "./store-api"
import { tags } from "./tags"

/** The store's selling region: "Europe" if present, else the first one. Prices and carts use it. */
export async function getRegion(): Promise<HttpTypes.StoreRegion | null> {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>(
    "/store/regions",
    { fields: "id,name,currency_code", limit: 50 },
    { tags: [tags.regions], revalidate: 3600 }
  )
  return regions.find((region) => region.name === "Europe") ?? regions[0] ?? null
}
