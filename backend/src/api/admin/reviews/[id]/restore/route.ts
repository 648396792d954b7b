import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateReviewWorkflow } from "../../../../../workflows/review"
import { adminReviews } from "../../../../reviews/read"

/** Publishes a hidden review again; the ratings count it again. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await moderateReviewWorkflow(req.scope).run({ input: { id: req.params.id, action: "restore" } })
  const [review] = await adminReviews(req.scope, [req.params.id])
  res.json({ review })
}
