import { model } from "@medusajs/framework/utils"
import { Post } from "./post"

/** One like per profile per post (a unique index makes a repeated like a no-op). */
export const PostLike = model
  .define("post_like", {
    id: model.id({ prefix: "like" }).primaryKey(),
    profile_id: model.text(),
    post: model.belongsTo(() => Post, { mappedBy: "likes" }),
  })
  .indexes([{ on: ["post_id", "profile_id"], unique: true, where: "deleted_at IS NULL" }])
