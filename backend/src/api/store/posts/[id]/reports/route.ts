import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportPostWorkflow } from "../../../../../workflows/social"
import { ReportPostType } from "../../../../social/validators"
import { customerActor } from "../../../../social/viewer"

/** Reports the post to the operators; a repeated report answers with the open one (200, not 201). */
export async function POST(req: AuthenticatedMedusaRequest<ReportPostType>, res: MedusaResponse) {
  const { result } = await reportPostWorkflow(req.scope).run({
    input: { actor: customerActor(req), post_id: req.params.id, ...req.validatedBody },
  })
  res.status(result.created ? 201 : 200).json({ report: { id: result.id, status: "open" } })
}
