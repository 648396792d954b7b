import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendSellerWorkflow } from "../../../../../workflows/seller"
import { adminSeller } from "../../read"
import { AdminSellerReasonType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminSellerReasonType>, res: MedusaResponse) {
  await suspendSellerWorkflow(req.scope).run({
    input: { seller_id: req.params.id, actor_id: req.auth_context.actor_id, reason: req.validatedBody.reason },
  })
  res.json({ seller: await adminSeller(req.scope, req.params.id) })
}
