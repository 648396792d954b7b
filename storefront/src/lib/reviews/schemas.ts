// The inputs of the review actions and the reviews' list parameters, checked before anything reaches the backend.
import { z } from "zod"

import { BODY_MAX, NOTE_MAX, PHOTOS_MAX, REPORT_REASONS, SORTS, TITLE_MAX } from "./limits"

/** Medusa ids: a prefix and a ULID. A review's prefix is the review module's own, so any word will do. */
const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9]{1,64}$`), "invalid")

export const reviewId = z.string().regex(/^[a-z]{1,10}_[A-Za-z0-9]{1,64}$/, "invalid")
export const lineItemId = id("ordli")
export const orderId = id("order")
export const productId = id("prod")
/** The backend's opaque `next_cursor` (base64url). */
const cursor = z.string().regex(/^[\w-]{1,500}$/, "invalid")

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong")

/** A photo as POST /store/uploads stored it: the file's id (a saved photo keeps its own). */
const photo = z.string().regex(/^[\w-]{1,200}$/, "invalid")

/** What the review form sends: the stars as the radio's value ("" when none is picked), title, text and photos. */
export const reviewSchema = z.strictObject({
  rating: z.enum(["1", "2", "3", "4", "5"], "required").transform(Number),
  title: text(TITLE_MAX),
  body: text(BODY_MAX),
  images: z.array(photo).max(PHOTOS_MAX, "invalid"),
})

/** Which review a write is about: a new one for an order's line, or one of the customer's own. */
export const targetSchema = z.union([
  z.strictObject({ review_id: reviewId }),
  z.strictObject({ line_item_id: lineItemId, order_id: orderId }),
])

export const helpfulSchema = z.strictObject({ review_id: reviewId, helpful: z.boolean() })

export const reportSchema = z.strictObject({
  review_id: reviewId,
  reason: z.enum(REPORT_REASONS, "required"),
  // An empty note is no note: it is left out of the request.
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, "tooLong")
    .transform((note) => note || undefined),
})

/** A product's list as the product page asks for it; anything unknown falls back to the default. */
export const listSchema = z.object({
  sort: z.enum(SORTS).catch("newest"),
  rating: z.coerce.number().int().min(1).max(5).nullable().catch(null),
})

export const pageSchema = z.strictObject({
  product_id: productId,
  sort: z.enum(SORTS),
  rating: z.number().int().min(1).max(5).nullable(),
  cursor,
})

export type ReviewInput = z.infer<typeof reviewSchema>
export type ListOptions = z.infer<typeof listSchema>

/** The product page's `?sort=&rating=`, as the review list reads them. */
export function listOptions(params: Record<string, string | string[] | undefined>): ListOptions {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  return listSchema.parse({ sort: first(params.sort), rating: first(params.rating) ?? null })
}
