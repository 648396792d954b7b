import { createHmac, timingSafeEqual } from "node:crypto"

/** How far the sender's timestamp may be from our clock, so a captured request cannot be replayed later. */
export const MAX_SKEW_SECONDS = 300

// The CMS sends cms-* tags; the backend the catalog's (lib/data/tags.ts). Carts are never revalidated from outside.
const TAG = /^(cms-[a-z0-9-]+|products|categories|collections|regions|posts|(product|seller)-[a-z0-9-]+|reviews-prod_[0-9A-Za-z]+)$/
const MAX_TAGS = 20

/** Compares two secrets in constant time; different lengths fail without comparing. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`
}

/**
 * Checks the sender's (the CMS's or the backend's) `x-agora-timestamp` / `x-agora-signature` headers: the
 * timestamp is whole unix seconds within MAX_SKEW_SECONDS of `now`, and the signature is the HMAC-SHA256 of
 * "<timestamp>.<raw body>" under the shared secret.
 */
export function verifySignature(input: {
  secret: string
  timestamp: string | null
  signature: string | null
  body: string
  now: number
}): boolean {
  const { secret, timestamp, signature, body, now } = input
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false
  if (Math.abs(now / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return false
  return safeEqual(signature, sign(secret, timestamp, body))
}

/** The tags of a revalidation body `{"tags": [...]}`: 1–20 distinct known tags, else null. */
export function parseTags(body: string): string[] | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return null
  }
  const tags = (parsed as { tags?: unknown } | null)?.tags
  if (!Array.isArray(tags) || tags.length < 1 || tags.length > MAX_TAGS) return null
  if (!tags.every((tag): tag is string => typeof tag === "string" && tag.length <= 200 && TAG.test(tag))) return null
  return [...new Set(tags)]
}
