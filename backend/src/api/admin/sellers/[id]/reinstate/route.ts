import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reinstateSellerWorkflow } from "../../../../../workflows/seller"
import { adminSeller } from "../../read"

export async function POST(req: AuthenticatedMedusaRequest<Record<string, never>>, res: MedusaResponse) {
  await reinstateSellerWorkflow(req.scope).run({
    input: { seller_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ seller: await adminSeller(req.scope, req.params.id) })
}
