import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { isHandle } from "@/lib/catalog/handle"

import { storeGet } from "./store-api"
import { tags } from "./tags"

export type Collection = Pick<HttpTypes.StoreCollection, "id" | "title" | "handle">

const FIELDS = "id,title,handle"

/** The shop's product collections by title, for the catalog's list and the sitemap. */
export async function listCollections(): Promise<Collection[]> {
  const { collections } = await storeGet<HttpTypes.StoreCollectionListResponse>(
    "/store/collections",
    { fields: FIELDS, limit: 100, order: "title" },
    { tags: [tags.collections], revalidate: 300 }
  )
  return collections
}

/** A product collection by handle; null when there is none. */
export async function getCollection(handle: string): Promise<Collection | null> {
  if (!isHandle(handle)) return null
  const { collections } = await storeGet<HttpTypes.StoreCollectionListResponse>(
    "/store/collections",
    { handle, fields: FIELDS, limit: 1 },
    { tags: [tags.collections], revalidate: 300 }
  )
  return collections[0] ?? null
}
