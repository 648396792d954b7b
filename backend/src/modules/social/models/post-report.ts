import { model } from "@medusajs/framework/utils"
import { Post } from "./post"

export const REPORT_REASONS = ["spam", "offensive", "counterfeit", "misleading", "other"] as const
export const REPORT_STATUSES = ["open", "resolved", "dismissed"] as const

/** A profile's report of a post, worked by operators. */
export const PostReport = model
  .define("post_report", {
    id: model.id({ prefix: "prep" }).primaryKey(),
    profile_id: model.text(),
    reason: model.enum([...REPORT_REASONS]),
    note: model.text().nullable(),
    status: model.enum([...REPORT_STATUSES]).default("open"),
    post: model.belongsTo(() => Post, { mappedBy: "reports" }),
  })
  .indexes([
    { on: ["status", "created_at"] },
    // One open report per profile per post: reporting again returns the open one.
    { on: ["post_id", "profile_id"], unique: true, where: "status = 'open' AND deleted_at IS NULL" },
  ])
