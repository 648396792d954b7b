import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import SellerModuleService from "../../../../modules/seller/service"
import { PUBLIC_SELLER_FIELDS } from "../../../vendor/sellers/serialize"

/** An approved seller's public profile; any other seller is "not found". */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [seller] = await service.listSellers(
    { handle: req.params.handle, status: "approved" },
    { select: [...PUBLIC_SELLER_FIELDS] }
  )
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller with handle: ${req.params.handle} was not found`)
  res.json({ seller })
}
