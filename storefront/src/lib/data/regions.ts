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

export type Country = { code: string; name: string }

/** The countries the store sells to (its region's), for address forms, sorted by name in `locale`. */
export async function listCountries(locale: string): Promise<Country[]> {
  const region = await getRegion()
  if (!region) return []
  const { region: full } = await storeGet<HttpTypes.StoreRegionResponse>(
    `/store/regions/${region.id}`,
    { fields: "id,countries.iso_2" },
    { tags: [tags.regions], revalidate: 3600 }
  )
  const names = new Intl.DisplayNames([locale], { type: "region" })
  return (full.countries ?? [])
    .flatMap((country) => (country.iso_2 ? [{ code: country.iso_2, name: names.of(country.iso_2.toUpperCase()) ?? country.iso_2 }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}
