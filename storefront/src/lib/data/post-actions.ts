"use server"

import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"

import { parse, textFields } from "@/lib/account/schemas"
import {
  commentPageSchema,
  commentSchema,
  deleteCommentSchema,
  likeSchema,
  productSchema,
  reportSchema,
} from "@/lib/post/schemas"
import { isInStock } from "@/lib/util/variants"
import { messageOf } from "@/lib/util/errors"

import { addToCart } from "./cart"
import { getAuthToken } from "./cookies"
import { forgetToken, medusaFetch, statusOf } from "./customer-reads"
import { listComments, toComment, type CommentPage } from "./post"
import { getRegion } from "./regions"
import type { Comment } from "./social"

// Every action answers a state the browser turns into a translated message; none throws to the browser.

/** Why an action did not happen: the session expired, the post is gone (hidden, deleted), or anything else. */
export type PostFailure = "signedOut" | "gone" | "failed"
/** A refused input: nothing typed, too long, or not acceptable (to us or the backend). */
export type InputProblem = "required" | "tooLong" | "invalid"

/** What a failed backend call means for the visitor; an expired token is dropped, so the page shows a guest's view. */
async function failureOf(error: unknown, what: string): Promise<PostFailure | "invalid"> {
  const status = statusOf(error)
  if (status === 401) {
    await forgetToken()
    return "signedOut"
  }
  if (status === 404) return "gone"
  if (status === 400) return "invalid"
  console.error(`${what} failed: ${messageOf(error)}`)
  return "failed"
}

const problemOf = (code: string | undefined): InputProblem =>
  code === "required" || code === "tooLong" ? code : "invalid"

// Likes

export type LikeResult = { ok: true; liked: boolean; count: number } | { ok: false; error: PostFailure }

/** Likes the post or takes the like back; answers the post's like state as the backend has it now. */
export async function setLike(input: { post_id: string; liked: boolean }): Promise<LikeResult> {
  const parsed = likeSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: "failed" }
  const token = await getAuthToken()
  if (!token) return { ok: false, error: "signedOut" }
  const { post_id, liked } = parsed.data
  try {
    const { post } = await medusaFetch<{ post: { likes_count: number; liked_by_me: boolean } }>(
      `/store/posts/${post_id}/likes`,
      liked ? { method: "POST", token, body: {} } : { method: "DELETE", token }
    )
    return { ok: true, liked: post.liked_by_me, count: post.likes_count }
  } catch (error) {
    const failure = await failureOf(error, `Like of ${post_id}`)
    return { ok: false, error: failure === "invalid" ? "failed" : failure }
  }
}

// Comments

export type CommentState = {
  status: "idle" | "posted" | "failed"
  /** The new comment, which the list shows at once. */
  comment?: Comment
  /** "unverified": the backend takes comments only from customers whose e-mail address is verified (403). */
  message?: InputProblem | PostFailure | "unverified"
  /** What was typed, kept when the comment did not go through. */
  body?: string
}

/** Form action: posts a comment, or a reply when `parent_id` names a top-level comment. */
export async function addComment(_state: CommentState, form: FormData): Promise<CommentState> {
  const input = textFields(form, ["post_id", "parent_id", "body"])
  const parsed = parse(commentSchema, { ...input, parent_id: input.parent_id || null })
  if (!parsed.ok) return { status: "failed", message: problemOf(parsed.fieldErrors.body), body: input.body }
  const token = await getAuthToken()
  if (!token) return { status: "failed", message: "signedOut", body: input.body }
  const { post_id, parent_id, body } = parsed.data
  try {
    const { comment } = await medusaFetch<{ comment: Comment }>(`/store/posts/${post_id}/comments`, {
      method: "POST",
      token,
      body: parent_id ? { body, parent_id } : { body },
    })
    // The post's comment count on the page.
    refresh()
    return { status: "posted", comment: toComment(comment) }
  } catch (error) {
    if (statusOf(error) === 403) return { status: "failed", message: "unverified", body: input.body }
    return { status: "failed", message: await failureOf(error, `Comment on ${post_id}`), body: input.body }
  }
}

export type DeleteResult = { ok: true } | { ok: false; error: PostFailure }

/** Deletes a comment of the signed-in customer (or any comment on their own post), with its replies. */
export async function deleteComment(input: { post_id: string; comment_id: string }): Promise<DeleteResult> {
  const parsed = deleteCommentSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: "failed" }
  const token = await getAuthToken()
  if (!token) return { ok: false, error: "signedOut" }
  const { post_id, comment_id } = parsed.data
  try {
    await medusaFetch(`/store/posts/${post_id}/comments/${comment_id}`, { method: "DELETE", token })
    refresh()
    return { ok: true }
  } catch (error) {
    const failure = await failureOf(error, `Deleting comment ${comment_id}`)
    return { ok: false, error: failure === "invalid" ? "failed" : failure }
  }
}

export type CommentPageResult = ({ ok: true } & CommentPage) | { ok: false }

/** The next page of a post's comments, or of a comment's replies. */
export async function loadComments(input: {
  post_id: string
  parent_id: string | null
  cursor: string | null
}): Promise<CommentPageResult> {
  const parsed = commentPageSchema.safeParse(input)
  if (!parsed.success) return { ok: false }
  const { post_id, parent_id, cursor } = parsed.data
  try {
    return { ok: true, ...(await listComments(post_id, { parentId: parent_id, cursor })) }
  } catch (error) {
    console.error(`Comments of ${post_id} (${parent_id ?? "top level"}) not loaded: ${messageOf(error)}`)
    return { ok: false }
  }
}

// Reports

export type ReportState = {
  status: "idle" | "sent" | "failed"
  message?: InputProblem | PostFailure
  /** Which field the problem is about, so the form marks it. */
  field?: "reason" | "note"
  values?: { reason: string; note: string }
}

/** Form action: reports the post to the operators' queue. Reporting it again while open changes nothing. */
export async function reportPost(_state: ReportState, form: FormData): Promise<ReportState> {
  const input = textFields(form, ["post_id", "reason", "note"])
  const values = { reason: input.reason, note: input.note }
  const parsed = parse(reportSchema, input)
  if (!parsed.ok) {
    const { reason, note } = parsed.fieldErrors
    if (!reason && !note) return { status: "failed", message: "failed", values }
    return { status: "failed", message: problemOf(reason ?? note), field: reason ? "reason" : "note", values }
  }
  const token = await getAuthToken()
  if (!token) return { status: "failed", message: "signedOut", values }
  const { post_id, reason, note } = parsed.data
  try {
    await medusaFetch(`/store/posts/${post_id}/reports`, { method: "POST", token, body: { reason, note } })
    return { status: "sent" }
  } catch (error) {
    return { status: "failed", message: await failureOf(error, `Report of ${post_id}`), values }
  }
}

// Tagged products

export type TaggedCartState = {
  status: "idle" | "added" | "chooseOptions" | "soldOut" | "notForSale" | "failed"
}

// Region prices and stock, as the product page reads them.
const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

/**
 * Form action: puts a tagged product in the cart when it has one variant that can be bought now. A product with
 * several variants needs the shopper's choice on its page; a sold-out or no longer sold one says so.
 */
export async function addTaggedProduct(_state: TaggedCartState, form: FormData): Promise<TaggedCartState> {
  const parsed = productSchema.safeParse(textFields(form, ["product_id"]))
  if (!parsed.success) return { status: "failed" }
  const { product_id } = parsed.data
  let product: HttpTypes.StoreProduct
  try {
    const region = await getRegion()
    ;({ product } = await medusaFetch<HttpTypes.StoreProductResponse>(`/store/products/${product_id}`, {
      query: { fields: PRODUCT_FIELDS, region_id: region?.id },
    }))
  } catch (error) {
    if (statusOf(error) === 404) return { status: "notForSale" }
    console.error(`Tagged product ${product_id} not read: ${messageOf(error)}`)
    return { status: "failed" }
  }
  const variants = product.variants ?? []
  if (variants.length > 1) return { status: "chooseOptions" }
  const [variant] = variants
  if (!variant || typeof variant.calculated_price?.calculated_amount !== "number") return { status: "notForSale" }
  if (!isInStock(variant)) return { status: "soldOut" }
  const line = new FormData()
  line.set("variant_id", variant.id)
  const { status } = await addToCart({ status: "idle" }, line)
  return { status }
}
