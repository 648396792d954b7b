"use server"

import { refresh, updateTag } from "next/cache"
import { z } from "zod"

import { parseFields } from "@/lib/forms/parse"
import { formLocale } from "@/lib/forms/state"
import { id, required } from "@/lib/workspace/fields"
import { formText } from "@/lib/workspace/form"
import { REPLY_MAX, replyRefusal, type ReplyState, type VendorReview } from "@/lib/workspace/reviews"

import { tags } from "./tags"
import { vendorFetch } from "./vendor"
import { asSeller } from "./vendor-products"

const reviewId = id("rev")
const replySchema = z.strictObject({ body: required(REPLY_MAX) })

/**
 * Form action: the seller's one public reply to a review of its products. The page is read again whenever a reply
 * now exists (this one, or another member's that came first: 409), so the review shows it; the product's review
 * list shows it at once too.
 */
export async function replyToReview(_state: ReplyState, form: FormData): Promise<ReplyState> {
  const locale = formLocale(form)
  const values = { body: formText(form, "body") }
  const review = reviewId.safeParse(formText(form, "review_id"))
  if (!review.success) return { status: "failed", message: "notFound", values }
  const parsed = parseFields(replySchema, values, ["required", "tooLong"] as const)
  if (!parsed.ok) return { status: "invalid", message: "invalid", fieldErrors: parsed.fieldErrors, values }
  const replied = await asSeller(locale, "replying to a review", () =>
    vendorFetch<{ review: VendorReview }>(`/vendor/reviews/${review.data}/reply`, { method: "POST", body: parsed.data })
  )
  if (!replied.ok) {
    if (replied.status === 409) refresh()
    return replyRefusal(replied.status, replied.message, values)
  }
  const { reply, product_id } = replied.value.review
  updateTag(tags.reviews(product_id))
  refresh()
  return {
    status: "saved",
    message: "replied",
    reply: reply ? { body: reply.body, created_at: reply.created_at } : undefined,
  }
}
