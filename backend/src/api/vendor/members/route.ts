import { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { VendorRequest } from "../seller-context"

export async function GET(req: VendorRequest, res: MedusaResponse) {
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const members = await service.listSellerMembers(
    { seller_id: req.seller.id },
    { select: ["id", "email", "role", "created_at"], order: { created_at: "ASC" } }
  )
  res.json({ members, count: members.length, offset: 0, limit: members.length })
}
