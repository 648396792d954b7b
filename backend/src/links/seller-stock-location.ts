import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import SellerModule from "../modules/seller"

// Each seller ships from its own location, so its reservations and fulfilments are its own.
export default defineLink(SellerModule.linkable.seller, StockLocationModule.linkable.stockLocation)
