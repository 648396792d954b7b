import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

export const REVIEW_REPORT_REASONS = ["spam", "offensive", "off_topic", "fake", "other"] as const
export const REVIEW_REPORT_STATUSES = ["open", "resolved"] as const

/** A customer's report of a review, closed when an operator hides it. */
export const ReviewReport = model
  .define("review_report", {
    id: model.id({ prefix: "rrep" }).primaryKey(),
    customer_id: model.text(),
    reason: model.enum([...REVIEW_REPORT_REASONS]),
    note: model.text().nullable(),
    status: model.enum([...REVIEW_REPORT_STATUSES]).default("open"),
    review: model.belongsTo(() => Review, { mappedBy: "reports" }),
  })
  .indexes([
    // One open report per customer per review: reporting again returns the open one.
    { on: ["review_id", "customer_id"], unique: true, where: "status = 'open' AND deleted_at IS NULL" },
  ])
