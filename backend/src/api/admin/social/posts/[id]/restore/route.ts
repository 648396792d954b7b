import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { restorePostWorkflow } from "../../../../../../workflows/social"

/** Publishes a hidden post again. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await restorePostWorkflow(req.scope).run({ input: { post_id: req.params.id } })
  res.json({ post: { id: req.params.id, status: "published" } })
}
