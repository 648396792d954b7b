import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../../modules/seller"
import SellerModuleService from "../../../../modules/seller/service"
import { AdminListModerationEntriesType } from "../validators"

/** The moderation log, newest first: proposals and decisions with actor and reason. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, product_id, seller_id } = req.validatedQuery as AdminListModerationEntriesType
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [moderation_entries, count] = await service.listAndCountModerationEntries(
    { ...(product_id ? { product_id } : {}), ...(seller_id ? { seller_id } : {}) },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  res.json({ moderation_entries, count, offset, limit })
}
