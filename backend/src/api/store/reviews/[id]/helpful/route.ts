import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../../../modules/review"
import ReviewModuleService from "../../../../../modules/review/service"
import { setHelpfulWorkflow } from "../../../../../workflows/review"

async function setHelpful(req: AuthenticatedMedusaRequest, res: MedusaResponse, helpful: boolean) {
  const { result } = await setHelpfulWorkflow(req.scope).run({
    input: { review_id: req.params.id, customer_id: req.auth_context.actor_id, helpful },
  })
  const review = await req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).retrieveReview(req.params.id, { select: ["id", "helpful_count"] })
  res.json({ review: { id: review.id, helpful_count: review.helpful_count, helpful_by_me: helpful }, changed: result.changed })
}

/** Marks the review helpful; once per customer, so repeating it changes nothing. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setHelpful(req, res, true)
}

/** Takes the helpful vote back; repeating it changes nothing. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setHelpful(req, res, false)
}
