// The inputs of the post's actions and of the product-click beacon, checked before anything reaches the backend.
import { z } from "zod"

import { COMMENT_MAX, NOTE_MAX, REPORT_REASONS } from "./limits"

/** Medusa ids: a prefix and a ULID. */
const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9]{1,64}$`), "invalid")

export const postId = id("post")
export const commentId = id("cmt")
export const productId = id("prod")
/** The backend's opaque `next_cursor`: base64url, at most 200 characters (backend/src/api/cursor.ts). */
const cursor = z.string().regex(/^[\w-]{1,200}$/, "invalid")

export const likeSchema = z.strictObject({ post_id: postId, liked: z.boolean() })

export const commentSchema = z.strictObject({
  post_id: postId,
  parent_id: commentId.nullable(),
  body: z.string().trim().min(1, "required").max(COMMENT_MAX, "tooLong"),
})

export const commentPageSchema = z.strictObject({
  post_id: postId,
  parent_id: commentId.nullable(),
  cursor: cursor.nullable(),
})

export const deleteCommentSchema = z.strictObject({ post_id: postId, comment_id: commentId })

export const reportSchema = z.strictObject({
  post_id: postId,
  reason: z.enum(REPORT_REASONS, "required"),
  // An empty note is no note.
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, "tooLong")
    .transform((note) => note || null),
})

/** A tagged product to put in the cart, or whose click the beacon records. */
export const productSchema = z.strictObject({ product_id: productId })

export type CommentInput = z.infer<typeof commentSchema>
export type ReportInput = z.infer<typeof reportSchema>
