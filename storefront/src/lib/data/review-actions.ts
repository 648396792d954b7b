"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { parse, textFields } from "@/lib/account/schemas"
import { isHandle } from "@/lib/catalog/handle"
import { formLocale, type FormState } from "@/lib/forms/state"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { isLocale } from "@/lib/i18n/locales"
import { helpfulSchema, orderId, pageSchema, productId, reportSchema, reviewId, reviewSchema, targetSchema } from "@/lib/reviews/schemas"
import type { OwnReview } from "@/lib/reviews/types"
import { reviewView, type ReviewView } from "@/lib/reviews/view"
import { apiFieldErrors } from "@/lib/seller/api-errors"
import { messageOf } from "@/lib/util/errors"

import { getAuthToken } from "./cookies"
import { forgetToken, medusaFetch, statusOf } from "./customer-reads"
import { listProductReviews } from "./reviews"
import { tags } from "./tags"

// Every action answers a state the browser turns into a translated message; none throws to the browser. Writes that
// succeed open the page that shows their result.

export type ReviewState = FormState<keyof ReviewMessages["messages"]>

const FIELDS = ["rating", "title", "body", "images"] as const

/** Drops the product's cached review list and the product itself (its stars and count) after a write. */
function refreshProduct(product: { id: string; handle: string | null }) {
  updateTag(tags.reviews(product.id))
  if (product.handle) updateTag(tags.product(product.handle))
}

const productPage = (locale: string, handle: string, notice: string) =>
  `/${locale}/products/${encodeURIComponent(handle)}?review=${notice}#reviews`

/** The product handle a form names, when it can be one; it only picks the cache tag and the page to open. */
const handleOf = (value: string) => (value && isHandle(value) ? value : null)

/** Why a write did not happen: the session expired, the review is gone, or anything else. */
export type ReviewFailure = "signedOut" | "gone" | "failed"

async function failureOf(error: unknown, what: string): Promise<ReviewFailure> {
  const status = statusOf(error)
  if (status === 401) {
    await forgetToken()
    return "signedOut"
  }
  if (status === 404) return "gone"
  console.error(`Reviews: ${what} failed: ${messageOf(error)}`)
  return "failed"
}

/** A backend refusal of a review write as the form's state; an expired token is dropped from the cookie. */
async function refusal(error: unknown, editing: boolean, values: Record<string, string>): Promise<ReviewState> {
  const status = statusOf(error)
  if (status === 400) {
    const named = apiFieldErrors(messageOf(error))
    const fieldErrors = Object.fromEntries(FIELDS.flatMap((field) => (named[field] ? [[field, named[field]]] : [])))
    if (Object.keys(fieldErrors).length) return { status: "invalid", message: "invalid", fieldErrors, values }
    return { status: "failed", message: "refused", detail: messageOf(error), values }
  }
  if (status === 401) {
    await forgetToken()
    return { status: "failed", message: "expired", values }
  }
  if (status === 403) return { status: "failed", message: editing ? "editClosed" : "notDelivered", values }
  if (status === 409) return { status: "failed", message: "alreadyReviewed", values }
  if (status === 404) return { status: "failed", message: "gone", values }
  console.error(`Reviews: ${editing ? "saving" : "writing"} a review failed: ${messageOf(error)}`)
  return { status: "failed", message: "failed", values }
}

/**
 * Form action of the review form: writes a new review of an order's line (`line_item_id`, `order_id`) or saves the
 * customer's own (`review_id`), then opens the product's reviews with a confirmation.
 */
export async function saveReview(_state: ReviewState, form: FormData): Promise<ReviewState> {
  const locale = formLocale(form)
  const input = textFields(form, ["review_id", "line_item_id", "order_id", "product_handle", "rating", "title", "body"])
  const images = form.getAll("images").filter((value): value is string => typeof value === "string")
  const values = { rating: input.rating, title: input.title, body: input.body }
  const target = targetSchema.safeParse(
    input.review_id ? { review_id: input.review_id } : { line_item_id: input.line_item_id, order_id: input.order_id }
  )
  if (!target.success) return { status: "failed", message: "failed", values }
  const parsed = parse(reviewSchema, { rating: input.rating, title: input.title, body: input.body, images })
  if (!parsed.ok) return { status: "invalid", message: "invalid", fieldErrors: parsed.fieldErrors, values }
  const token = await getAuthToken()
  if (!token) return { status: "failed", message: "expired", values }

  const editing = "review_id" in target.data
  let review: OwnReview
  try {
    ;({ review } = await medusaFetch<{ review: OwnReview }>(
      "review_id" in target.data ? `/store/reviews/${target.data.review_id}` : "/store/reviews",
      {
        method: "POST",
        token,
        body: "review_id" in target.data ? parsed.data : { line_item_id: target.data.line_item_id, ...parsed.data },
      }
    ))
  } catch (error) {
    return refusal(error, editing, values)
  }
  const handle = handleOf(input.product_handle)
  refreshProduct({ id: review.product_id, handle })
  redirect(
    handle ? productPage(locale, handle, editing ? "updated" : "published") : `/${locale}/account/orders/${review.order_id}`
  )
}

/** Form action: deletes the customer's own review, then opens its order, where the line can be reviewed again. */
export async function deleteReview(_state: ReviewState, form: FormData): Promise<ReviewState> {
  const locale = formLocale(form)
  const input = textFields(form, ["review_id", "product_id", "order_id", "product_handle"])
  const review = reviewId.safeParse(input.review_id)
  const product = productId.safeParse(input.product_id)
  const order = orderId.safeParse(input.order_id)
  if (!review.success || !product.success || !order.success) return { status: "failed", message: "failed" }
  const token = await getAuthToken()
  if (!token) return { status: "failed", message: "expired" }
  try {
    await medusaFetch(`/store/reviews/${review.data}`, { method: "DELETE", token })
  } catch (error) {
    const failure = await failureOf(error, `deleting ${review.data}`)
    return { status: "failed", message: failure === "signedOut" ? "expired" : failure }
  }
  refreshProduct({ id: product.data, handle: handleOf(input.product_handle) })
  redirect(`/${locale}/account/orders/${order.data}?review=deleted`)
}

export type HelpfulResult = { ok: true; helpful: boolean; count: number } | { ok: false; error: ReviewFailure }

/** Marks a review helpful or takes that back (both idempotent); answers the review's state as the backend has it. */
export async function setHelpful(input: { review_id: string; helpful: boolean }): Promise<HelpfulResult> {
  const parsed = helpfulSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: "failed" }
  const token = await getAuthToken()
  if (!token) return { ok: false, error: "signedOut" }
  const { review_id, helpful } = parsed.data
  try {
    const { review } = await medusaFetch<{ review: { helpful_count: number; helpful_by_me: boolean } }>(
      `/store/reviews/${review_id}/helpful`,
      helpful ? { method: "POST", token, body: {} } : { method: "DELETE", token }
    )
    return { ok: true, helpful: review.helpful_by_me, count: review.helpful_count }
  } catch (error) {
    return { ok: false, error: await failureOf(error, `marking ${review_id} helpful`) }
  }
}

export type ReportState = {
  status: "idle" | "sent" | "failed"
  message?: "required" | "tooLong" | "invalid" | ReviewFailure
  /** Which field the problem is about, so the form marks it. */
  field?: "reason" | "note"
  values?: { reason: string; note: string }
}

/** Form action: reports a review to the operators. Reporting it again while the report is open changes nothing. */
export async function reportReview(_state: ReportState, form: FormData): Promise<ReportState> {
  const input = textFields(form, ["review_id", "reason", "note"])
  const values = { reason: input.reason, note: input.note }
  const parsed = parse(reportSchema, input)
  if (!parsed.ok) {
    const { reason, note } = parsed.fieldErrors
    if (!reason && !note) return { status: "failed", message: "failed", values }
    const code = reason ?? note
    return {
      status: "failed",
      message: code === "required" || code === "tooLong" ? code : "invalid",
      field: reason ? "reason" : "note",
      values,
    }
  }
  const token = await getAuthToken()
  if (!token) return { status: "failed", message: "signedOut", values }
  const { review_id, reason, note } = parsed.data
  try {
    await medusaFetch(`/store/reviews/${review_id}/reports`, { method: "POST", token, body: note ? { reason, note } : { reason } })
    return { status: "sent" }
  } catch (error) {
    return { status: "failed", message: await failureOf(error, `reporting ${review_id}`), values }
  }
}

export type ReviewPageResult = { ok: true; reviews: ReviewView[]; nextCursor: string | null } | { ok: false }

/** The next page of a product's reviews, in the list's sort and filter, for "Load more". */
export async function loadReviews(input: {
  product_id: string
  sort: string
  rating: number | null
  cursor: string
  locale: string
}): Promise<ReviewPageResult> {
  const { locale, ...page } = input
  const parsed = pageSchema.safeParse(page)
  if (!parsed.success || !isLocale(locale)) return { ok: false }
  const { product_id, sort, rating, cursor } = parsed.data
  try {
    const { reviews, next_cursor } = await listProductReviews(product_id, { sort, rating, cursor })
    return { ok: true, reviews: reviews.map((review) => reviewView(review, locale)), nextCursor: next_cursor }
  } catch (error) {
    console.error(`Reviews of ${product_id} after ${cursor} not loaded: ${messageOf(error)}`)
    return { ok: false }
  }
}
