import { createHmac } from "node:crypto"
import { logger as medusaLogger } from "@medusajs/framework/logger"
import { readEnv } from "../env"

/** The storefront's cache tags (storefront/src/lib/data/tags.ts) that backend changes make stale. */
export const storefrontTags = {
  products: "products",
  categories: "categories",
  collections: "collections",
  regions: "regions",
  posts: "posts",
}

// The storefront's /api/revalidate takes at most this many tags per request.
const MAX_TAGS = 20
// Changes this close together go out as one request; a storefront slower than TIMEOUT_MS is given up on.
const DEBOUNCE_MS = 200
const TIMEOUT_MS = 3_000
// Handles the storefront accepts in a tag. `products` is on every product read, so a product with another
// handle (Medusa also allows non-Latin letters) is still revalidated, only less precisely.
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type Handles = (string | null | undefined)[]
const usable = (handles: Handles) => handles.filter((h): h is string => !!h && h.length <= 190 && HANDLE.test(h))

/** `product-<handle>` of each product: its page only. */
export const productPageTags = (handles: Handles) => usable(handles).map((h) => `product-${h}`)

/** `products` and `product-<handle>` of each product: its page and every listing. */
export const productTags = (handles: Handles) => [storefrontTags.products, ...productPageTags(handles)]

/** `seller-<handle>` of each seller: its profile only. */
export const sellerPageTags = (handles: Handles) => usable(handles).map((h) => `seller-${h}`)

/** `products` (a seller's products come and go with it) and `seller-<handle>` of each seller. */
export const sellerTags = (handles: Handles) => [storefrontTags.products, ...sellerPageTags(handles)]

// Product ids as Medusa makes them ("prod_" and a ULID).
const PRODUCT_ID = /^prod_[0-9A-Za-z]+$/

/** `reviews-<product id>` of each product: its review list. */
export const reviewTags = (productIds: Handles) =>
  productIds.filter((id): id is string => !!id && id.length <= 100 && PRODUCT_ID.test(id)).map((id) => `reviews-${id}`)

/** The signature the storefront recomputes: HMAC-SHA256 over "<timestamp>.<body>", as the CMS signs. */
function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`
}

export type Revalidator = {
  /** False when STOREFRONT_URL or REVALIDATE_SECRET is missing: nothing is sent. */
  enabled: boolean
  /** Adds tags to the next request, sent DEBOUNCE_MS after the first of them. */
  queue(tags: string[]): void
}

/**
 * A client of the storefront's POST /api/revalidate. Tags queued within DEBOUNCE_MS of each other go out as
 * one request (several, of at most MAX_TAGS, when they are that many). A failure or timeout is logged and
 * dropped: Medusa's operation has already succeeded, and the storefront's cache expires on its own.
 */
export function createRevalidator(url: string | undefined, secret: string | undefined): Revalidator {
  if (!url || !secret) return { enabled: false, queue: () => {} }
  const key = secret
  const endpoint = `${url.replace(/\/+$/, "")}/api/revalidate`
  let pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined

  async function send(tags: string[]): Promise<void> {
    const body = JSON.stringify({ tags })
    const timestamp = String(Math.floor(Date.now() / 1000))
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-agora-timestamp": timestamp,
          "x-agora-signature": sign(key, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      await response.body?.cancel()
      if (!response.ok) medusaLogger.warn(`storefront revalidation of ${tags.join(", ")}: ${endpoint} answered ${response.status}`)
    } catch (error) {
      medusaLogger.warn(`storefront revalidation of ${tags.join(", ")}: ${endpoint} failed: ${(error as Error).message}`)
    }
  }

  async function flush(): Promise<void> {
    timer = undefined
    const tags = [...pending]
    pending = new Set()
    // Too many for one request: `products` stands in for every product-<handle> tag.
    const list = tags.length <= MAX_TAGS ? tags : [...new Set([storefrontTags.products, ...tags.filter((t) => !t.startsWith("product-"))])]
    const requests: Promise<void>[] = []
    for (let i = 0; i < list.length; i += MAX_TAGS) requests.push(send(list.slice(i, i + MAX_TAGS)))
    await Promise.all(requests)
  }

  return {
    enabled: true,
    queue(tags) {
      for (const tag of tags) pending.add(tag)
      // The first tag opens the window; later ones join it, so a steady stream still goes out every DEBOUNCE_MS.
      // A process that exits with tags queued leaves them to the cache's expiry.
      timer ??= setTimeout(() => void flush(), DEBOUNCE_MS).unref()
    },
  }
}

function fromEnv(): Revalidator {
  const env = readEnv()
  const revalidator = createRevalidator(env.STOREFRONT_URL, env.REVALIDATE_SECRET)
  if (!revalidator.enabled) {
    medusaLogger.info("storefront revalidation is off (set STOREFRONT_URL and REVALIDATE_SECRET): its cached reads expire on their own")
  }
  return revalidator
}

/** The storefront of this deployment, configured at start. */
export const storefront = fromEnv()
