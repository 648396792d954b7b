import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

// An order links to every seller with items in it.
export default defineLink(
  { linkable: SellerModule.linkable.seller, isList: true },
  { linkable: OrderModule.linkable.order, isList: true }
)
