import { model } from "@medusajs/framework/utils"
import { ReviewImage } from "./review-image"
import { ReviewReport } from "./review-report"
import { ReviewVote } from "./review-vote"

export const REVIEW_STATUSES = ["published", "hidden"] as const
export const TITLE_MAX = 120
export const BODY_MAX = 2000
export const REPLY_MAX = 2000
/** How long after writing it a customer may still change a review. */
export const EDIT_DAYS = 30

/**
 * A customer's review of a product bought on one order line (a verified purchase: only delivered lines
 * are reviewed), with the seller's one public reply.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    seller_id: model.text().nullable(),
    customer_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    rating: model.number(),
    title: model.text(),
    body: model.text(),
    // The name shown with the review, fixed when it was written ("Anna H." or the social display name).
    author_name: model.text(),
    status: model.enum([...REVIEW_STATUSES]).default("published"),
    hidden_reason: model.text().nullable(),
    helpful_count: model.number().default(0),
    edited_at: model.dateTime().nullable(),
    reply_body: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    images: model.hasMany(() => ReviewImage, { mappedBy: "review" }),
    votes: model.hasMany(() => ReviewVote, { mappedBy: "review" }),
    reports: model.hasMany(() => ReviewReport, { mappedBy: "review" }),
  })
  .cascades({ delete: ["images", "votes", "reports"] })
  .indexes([
    // One review per order line: a second attempt is a conflict, even when two arrive at once.
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "created_at"] },
    { on: ["seller_id", "created_at"] },
    { on: ["customer_id", "order_id"] },
  ])
