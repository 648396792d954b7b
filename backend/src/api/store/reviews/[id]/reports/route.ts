import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportReviewWorkflow } from "../../../../../workflows/review"
import { ReportReviewType } from "../../../../reviews/validators"

/** Reports the review to the operators; a repeated report answers with the open one (200, not 201). */
export async function POST(req: AuthenticatedMedusaRequest<ReportReviewType>, res: MedusaResponse) {
  const { result } = await reportReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.status(result.created ? 201 : 200).json({ report: { id: result.id, status: "open" } })
}
