import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutPaidWorkflow } from "../../../../../workflows/payout"
import { AdminMarkPayoutPaidType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminMarkPayoutPaidType>, res: MedusaResponse) {
  const { result } = await markPayoutPaidWorkflow(req.scope).run({
    input: { payout_id: req.params.id, actor_id: req.auth_context.actor_id, reference: req.validatedBody.reference },
  })
  res.json({ payout: result })
}
