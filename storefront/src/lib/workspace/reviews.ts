// The seller's reviews: the Vendor API's VendorReview, the list's filters and the reply form's state. No zod here:
// the reply form (a client component) reads REPLY_MAX and the state's types from this file.
import type { FieldError, FieldErrors } from "@/lib/account/schemas"
import type { FormState } from "@/lib/forms/state"
import { apiFieldErrors } from "@/lib/seller/api-errors"

import { parseFilter } from "./filters"

/** A reply's length limit, as the API's (`POST /vendor/reviews/:id/reply`). */
export const REPLY_MAX = 2000

export const RATINGS = ["5", "4", "3", "2", "1"] as const
export type RatingFilter = (typeof RATINGS)[number]

/** `replied=false`: the reviews still waiting for the seller's reply; `true`: those answered. */
export const REPLIED = ["false", "true"] as const
export type RepliedFilter = (typeof REPLIED)[number]

export type ReviewFilters = { rating: RatingFilter | null; replied: RepliedFilter | null }

export type ReviewReply = { body: string; created_at: string }

/** A review of one of the seller's products, as `GET /vendor/reviews` answers it (docs/API.md, Reviews). */
export type VendorReview = {
  id: string
  product_id: string
  rating: number
  title: string
  body: string
  images: { url: string }[]
  author: { name: string }
  verified_purchase: boolean
  helpful_count: number
  status: "published" | "hidden"
  order_id: string
  product: { id: string; title: string; handle: string; thumbnail: string | null }
  created_at: string
  edited_at: string | null
  reply: (ReviewReply & { seller: { handle: string; name: string } | null }) | null
}

/** The list's filters from the query string; anything unknown means no filter. */
export function parseReviewFilters(query: Record<string, string | string[] | undefined>): ReviewFilters {
  return { rating: parseFilter(query.rating, RATINGS), replied: parseFilter(query.replied, REPLIED) }
}

/** The list's URL with its filters and page; no filter and the first page leave their parameter out. */
export function reviewsHref(path: string, filters: ReviewFilters, page = 1): string {
  const query = new URLSearchParams()
  if (filters.rating) query.set("rating", filters.rating)
  if (filters.replied) query.set("replied", filters.replied)
  if (page > 1) query.set("page", String(page))
  const search = query.toString()
  return search ? `${path}?${search}` : path
}

export type ReplyMessage = "invalid" | "refused" | "failed" | "notAllowed" | "notFound" | "alreadyReplied" | "replied"

/** The reply form's state; once posted, the reply itself, which the form shows in its place. */
export type ReplyState = FormState<ReplyMessage, FieldError> & { reply?: ReviewReply }

/**
 * The state after the Vendor API refused a reply: 409 means the review has a reply already (another member's, a
 * moment ago), 404 that it is gone or another seller's, 403 that the shop may not write (not approved, suspended);
 * a 400 marks the field it names, else shows the backend's reason. Everything else is a failure.
 */
export function replyRefusal(status: number | undefined, message: string, values: Record<string, string>): ReplyState {
  if (status === 409) return { status: "failed", message: "alreadyReplied", values }
  if (status === 404) return { status: "failed", message: "notFound", values }
  if (status === 403) return { status: "failed", message: "notAllowed", values }
  if (status === 400) {
    const fieldErrors: FieldErrors = apiFieldErrors(message)
    if (Object.keys(fieldErrors).length > 0) return { status: "invalid", message: "invalid", fieldErrors, values }
    return { status: "failed", message: "refused", detail: message.replace(/^Invalid request: /, ""), values }
  }
  return { status: "failed", message: "failed", values }
}
