import "server-only"

import { FetchError } from "@medusajs/js-sdk"

import type { SellerRating } from "@/lib/reviews/types"

import { storeGet } from "./store-api"
import { tags } from "./tags"

/** An approved seller as GET /store/sellers/:handle shows it to shoppers. */
export type PublicSeller = {
  id: string
  handle: string
  name: string
  description: string | null
  logo_url: string | null
  country_code: string
  created_at: string
  /** Its products' reviews and its delivery record; left out by a backend without reviews. */
  rating?: SellerRating
}

// Handles as the backend creates them; anything else cannot exist and would make an odd cache tag.
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An approved seller by handle; null when there is none (unknown, pending, rejected or suspended). */
export async function getSeller(handle: string): Promise<PublicSeller | null> {
  if (handle.length > 100 || !HANDLE.test(handle)) return null
  try {
    const { seller } = await storeGet<{ seller: PublicSeller }>(
      `/store/sellers/${handle}`,
      {},
      { tags: [tags.seller(handle)], revalidate: 300 }
    )
    return seller
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
