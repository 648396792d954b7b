import "server-only"

import { getSdk } from "@/lib/config"

type CacheOptions = { tags: string[]; revalidate?: number }

/**
 * GET from the Medusa Store API through the js-sdk, which passes `next` through to fetch,
 * so the response lands in Next's data cache under the given tags.
 */
export function storeGet<T>(path: string, query: Record<string, unknown>, cache: CacheOptions): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query,
    next: { tags: cache.tags, revalidate: cache.revalidate ?? false },
  })
}
