import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { AdminListPayoutsType } from "./validators"

/** Payouts with their lines and seller name, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, seller_id } = req.validatedQuery as AdminListPayoutsType
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [payouts, count] = await service.listAndCountPayouts(
    { ...(status ? { status } : {}), ...(seller_id ? { seller_id } : {}) },
    { skip: offset, take: limit, relations: ["lines"], order: { created_at: "DESC" } }
  )
  const sellers = payouts.length
    ? await service.listSellers({ id: [...new Set(payouts.map((p) => p.seller_id))] }, { select: ["id", "name", "handle", "payout_method", "payout_account_holder", "payout_iban", "payout_vivawallet_merchant_id"] })
    : []
  res.json({
    payouts: payouts.map((p) => ({ ...p, seller: sellers.find((s) => s.id === p.seller_id) ?? null })),
    count,
    offset,
    limit,
  })
}
