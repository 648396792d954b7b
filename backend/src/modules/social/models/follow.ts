import { model } from "@medusajs/framework/utils"

/** A profile following another; never itself (checked by the service and the database). */
export const Follow = model
  .define("follow", {
    id: model.id({ prefix: "fol" }).primaryKey(),
    follower_id: model.text(),
    followed_id: model.text(),
  })
  .indexes([
    { on: ["follower_id", "followed_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["followed_id", "follower_id"] },
  ])
