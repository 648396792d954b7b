import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hidePostWorkflow } from "../../../../../../workflows/social"

/** Hides the post from every list and resolves its open reports. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await hidePostWorkflow(req.scope).run({ input: { post_id: req.params.id } })
  res.json({ post: { id: req.params.id, status: "hidden" } })
}
