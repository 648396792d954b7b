import { model } from "@medusajs/framework/utils"

/** An order counted on a post tagging one of its products; once per order and post. */
export const PostPurchase = model
  .define("post_purchase", {
    id: model.id({ prefix: "ppur" }).primaryKey(),
    post_id: model.text(),
    order_id: model.text(),
  })
  .indexes([{ on: ["post_id", "order_id"], unique: true }])
