import { z } from "@medusajs/framework/zod"
import { BODY_MAX, REPLY_MAX, TITLE_MAX } from "../../modules/review/models/review"
import { REVIEW_IMAGES_MAX } from "../../modules/review/models/review-image"
import { REVIEW_REPORT_REASONS } from "../../modules/review/models/review-report"

// Medusa's validation middleware names the field in its own words ("Invalid request: Value for field
// 'rating' too big, ..."); custom zod messages would not reach the client.

const Rating = z.number().int().min(1).max(5)
const Title = z.string().trim().min(1).max(TITLE_MAX)
const Body = z.string().trim().min(1).max(BODY_MAX)
// Uploaded files' ids (`POST /store/uploads`); on an edit, the ids of the photos to keep or add, in order.
const Images = z.array(z.string().min(1)).max(REVIEW_IMAGES_MAX)
const Page = { limit: z.coerce.number().int().min(1).max(100), offset: z.coerce.number().int().min(0).default(0) }

export const CreateReview = z
  .object({
    line_item_id: z.string().min(1).optional(),
    product_id: z.string().min(1).optional(),
    rating: Rating,
    title: Title,
    body: Body,
    images: Images.default([]),
  })
  .strict()
  .refine((body) => !body.line_item_id !== !body.product_id, {
    message: "line_item_id or product_id: give exactly one, the order line or the product to review",
    path: ["line_item_id"],
  })
export type CreateReviewType = z.infer<typeof CreateReview>

export const UpdateReview = z
  .object({ rating: Rating, title: Title, body: Body, images: Images })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "give at least one of rating, title, body, images" })
export type UpdateReviewType = z.infer<typeof UpdateReview>

export const ProductReviewsQuery = z
  .object({
    sort: z.enum(["newest", "helpful"]).default("newest"),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    cursor: z.string().min(1).max(300).optional(),
    rating: z.coerce.number().int().min(1).max(5).optional(),
  })
  .strict()
export type ProductReviewsQueryType = z.infer<typeof ProductReviewsQuery>

export const OwnReviewsQuery = z
  .object({ order_id: z.string().min(1).optional(), ...Page, limit: Page.limit.default(50) })
  .strict()
export type OwnReviewsQueryType = z.infer<typeof OwnReviewsQuery>

export const ReportReview = z
  .object({ reason: z.enum([...REVIEW_REPORT_REASONS]), note: z.string().trim().max(500).nullish() })
  .strict()
export type ReportReviewType = z.infer<typeof ReportReview>

export const VendorReviewsQuery = z
  .object({
    ...Page,
    limit: Page.limit.default(20),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    replied: z.enum(["true", "false"]).optional(),
  })
  .strict()
export type VendorReviewsQueryType = z.infer<typeof VendorReviewsQuery>

export const ReplyToReview = z.object({ body: z.string().trim().min(1).max(REPLY_MAX) }).strict()
export type ReplyToReviewType = z.infer<typeof ReplyToReview>

export const AdminReviewsQuery = z
  .object({
    ...Page,
    limit: Page.limit.default(20),
    status: z.enum(["published", "hidden", "reported"]).default("published"),
    q: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
export type AdminReviewsQueryType = z.infer<typeof AdminReviewsQuery>

export const HideReview = z.object({ reason: z.string().trim().max(500).nullish() }).strict()
export type HideReviewType = z.infer<typeof HideReview>
