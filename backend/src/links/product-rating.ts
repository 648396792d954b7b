import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewModule from "../modules/review"

// A product's rating aggregate, read as `product.rating` (the aggregate keeps the product id; no link table).
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...ReviewModule.linkable.productRating.id, primaryKey: "product_id", alias: "rating" },
  { readOnly: true }
)
