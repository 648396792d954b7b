import { model } from "@medusajs/framework/utils"

// The aggregate of the published reviews of one product or one seller. It is recomputed from the reviews
// after every change (never incremented), so it cannot drift; `histogram` maps "1".."5" to counts.
const aggregate = {
  count: model.number().default(0),
  total: model.number().default(0),
  average: model.float().default(0),
  histogram: model.json(),
}

export const ProductRating = model
  .define("product_rating", { id: model.id({ prefix: "prat" }).primaryKey(), product_id: model.text(), ...aggregate })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])

export const SellerRating = model
  .define("seller_rating", { id: model.id({ prefix: "srat" }).primaryKey(), seller_id: model.text(), ...aggregate })
  .indexes([{ on: ["seller_id"], unique: true, where: "deleted_at IS NULL" }])
