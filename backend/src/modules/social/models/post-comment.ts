import { model } from "@medusajs/framework/utils"
import { Post } from "./post"

export const COMMENT_MAX = 1000

/** A comment, or a reply to one (one level deep); deleting soft-deletes it. */
export const PostComment = model
  .define("post_comment", {
    id: model.id({ prefix: "cmt" }).primaryKey(),
    profile_id: model.text(),
    body: model.text(),
    parent_id: model.text().nullable(),
    post: model.belongsTo(() => Post, { mappedBy: "comments" }),
  })
  .indexes([{ on: ["post_id", "parent_id", "created_at"] }, { on: ["parent_id"] }])
