import { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { toCents } from "../../../workflows/sub-order/split"
import { VendorRequest } from "../seller-context"
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
  const balance: Record<string, { currency_code: string; pending: number; payable: number }> = {}
  for (const line of open) {
    const entry = (balance[line.currency_code] ??= { currency_code: line.currency_code, pending: 0, payable: 0 })
    const key = line.status === "payable" ? "payable" : "pending"
    entry[key] = toCents(entry[key] + Number(line.amount))
  }
  res.json({ payouts, count, offset, limit, open_lines: open, balance: Object.values(balance) })
}
