import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SocialModule from "../modules/social"

// A post's product tag points at a product by its `product_id` column; read-only, so no link table.
export default defineLink(
  { linkable: SocialModule.linkable.postTag, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
