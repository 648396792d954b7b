import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateProductWorkflow } from "../../../../../workflows/seller-product"
import { AdminModerateProductType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminModerateProductType>, res: MedusaResponse) {
  const { result } = await moderateProductWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      decision: req.validatedBody.decision,
      reason: req.validatedBody.reason ?? null,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ moderation_entry: result })
}
