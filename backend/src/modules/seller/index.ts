import { Module } from "@medusajs/framework/utils"
import payoutProvidersLoader from "./loaders/payout-providers"
import SellerModuleService from "./service"

export const SELLER_MODULE = "seller"

export default Module(SELLER_MODULE, {
  service: SellerModuleService,
  loaders: [payoutProvidersLoader],
})

export type { SellerModuleOptions } from "./options"
export type { PayoutProvider, PayoutTransfer, PayoutTransferResult } from "./providers/types"
