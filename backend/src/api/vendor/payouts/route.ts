import { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { VendorRequest } from "../seller-context"
import { balanceOf } from "./balance"
import { VendorListPayoutsType } from "./validators"

/** The seller's ledger: its payouts (with their lines), the open lines and the balance per currency. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as VendorListPayoutsType
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const seller_id = req.seller.id
  const [[payouts, count], open] = await Promise.all([
    service.listAndCountPayouts({ seller_id }, { skip: offset, take: limit, relations: ["lines"], order: { created_at: "DESC" } }),
    service.listPayoutLines({ seller_id, payout_id: null }, { order: { created_at: "DESC" } }),
  ])
  res.json({ payouts, count, offset, limit, open_lines: open, balance: balanceOf(open) })
}
