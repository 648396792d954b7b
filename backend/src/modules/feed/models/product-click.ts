import { model } from "@medusajs/framework/utils"

/** A click on a product tagged in a post; `viewer` is the profile id, else `customer:<id>`, else `ip:<hash>` for guests. */
export const ProductClick = model
  .define("product_click", {
    id: model.id({ prefix: "pclk" }).primaryKey(),
    post_id: model.text(),
    product_id: model.text(),
    viewer: model.text(),
  })
  .indexes([{ on: ["viewer", "created_at"] }, { on: ["post_id", "viewer"] }])
