import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import SellerModuleService from "../../../../modules/seller/service"
import { ratingOf } from "../../../reviews/read"
import { PUBLIC_SELLER_FIELDS } from "../../../vendor/sellers/serialize"

/**
 * An approved seller's public profile with its rating: the aggregate of its products' reviews and the
 * share of its sub-orders delivered on time. Any other seller is "not found".
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [seller] = await service.listSellers(
    { handle: req.params.handle, status: "approved" },
    { select: [...PUBLIC_SELLER_FIELDS] }
  )
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller with handle: ${req.params.handle} was not found`)
  const [rating, onTime] = await Promise.all([ratingOf(req.scope, { seller_id: seller.id }), service.deliveryRecord(seller.id)])
  res.json({ seller: { ...seller, rating: { ...rating, on_time: onTime } } })
}
