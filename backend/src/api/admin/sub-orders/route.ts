import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { AdminListSubOrdersType } from "./validators"

/** Each seller's part of orders: amounts, commission, payout and fulfilment status (the order page widget). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, order_id, seller_id } = req.validatedQuery as AdminListSubOrdersType
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [sub_orders, count] = await service.listAndCountSubOrders(
    { ...(order_id ? { order_id } : {}), ...(seller_id ? { seller_id } : {}) },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  const sellers = sub_orders.length
    ? await service.listSellers({ id: [...new Set(sub_orders.map((s) => s.seller_id))] }, { select: ["id", "name", "handle"] })
    : []
  res.json({
    sub_orders: sub_orders.map((s) => ({ ...s, seller: sellers.find((x) => x.id === s.seller_id) ?? null })),
    count,
    offset,
    limit,
  })
}
