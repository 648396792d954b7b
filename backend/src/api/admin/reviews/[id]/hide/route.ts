import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateReviewWorkflow } from "../../../../../workflows/review"
import { adminReviews } from "../../../../reviews/read"
import { HideReviewType } from "../../../../reviews/validators"

/** Hides the review: it leaves the product page and the ratings, and its open reports close. */
export async function POST(req: MedusaRequest<HideReviewType>, res: MedusaResponse) {
  await moderateReviewWorkflow(req.scope).run({ input: { id: req.params.id, action: "hide", reason: req.validatedBody.reason } })
  const [review] = await adminReviews(req.scope, [req.params.id])
  res.json({ review })
}
