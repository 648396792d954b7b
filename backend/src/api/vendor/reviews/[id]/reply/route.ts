import { MedusaResponse } from "@medusajs/framework/http"
import { replyToReviewWorkflow } from "../../../../../workflows/review"
import { vendorReviews } from "../../../../reviews/read"
import { ReplyToReviewType } from "../../../../reviews/validators"
import { VendorRequest } from "../../../seller-context"

/** Publishes the seller's one reply to a review of its product (another seller's review: 404; a second reply: 409). */
export async function POST(req: VendorRequest<ReplyToReviewType>, res: MedusaResponse) {
  await replyToReviewWorkflow(req.scope).run({ input: { review_id: req.params.id, seller_id: req.seller.id, body: req.validatedBody.body } })
  const [review] = await vendorReviews(req.scope, [req.params.id])
  res.status(201).json({ review })
}
