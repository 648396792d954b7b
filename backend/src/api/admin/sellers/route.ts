import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { sellerView } from "../../vendor/sellers/serialize"
import { AdminListSellersType } from "./validators"

/** Sellers, oldest first so the pending queue reads in arrival order; filter by status, search by name or handle. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, q } = req.validatedQuery as AdminListSellersType
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [sellers, count] = await service.listAndCountSellers(
    { ...(status ? { status } : {}), ...(q ? { q } : {}) } as never,
    { skip: offset, take: limit, order: { created_at: "ASC" } }
  )
  res.json({ sellers: sellers.map((s) => sellerView(s as never)), count, offset, limit })
}
