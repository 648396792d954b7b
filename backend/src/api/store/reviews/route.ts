import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"
import { createReviewWorkflow } from "../../../workflows/review"
import { fileUrls } from "../../files"
import { ownReview, ownReviews } from "../../reviews/read"
import { CreateReviewType, OwnReviewsQueryType } from "../../reviews/validators"

/** The signed-in customer's reviews, newest first, optionally of one order (the order page marks reviewed lines). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, OwnReviewsQueryType>, res: MedusaResponse) {
  const { order_id, limit, offset } = req.validatedQuery as OwnReviewsQueryType
  const customerId = req.auth_context.actor_id
  const [found, count] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews({ customer_id: customerId, ...(order_id ? { order_id } : {}) }, { select: ["id"], order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ reviews: await ownReviews(req.scope, found.map((r) => r.id), customerId), count, offset, limit })
}

/** Reviews a delivered order line (or the customer's delivered, not yet reviewed line of a product). */
export async function POST(req: AuthenticatedMedusaRequest<CreateReviewType>, res: MedusaResponse) {
  const { images, ...body } = req.validatedBody
  const urls = await fileUrls(req.scope, images, (i) => `images.${i}`)
  const customerId = req.auth_context.actor_id
  const { result } = await createReviewWorkflow(req.scope).run({
    input: { ...body, customer_id: customerId, images: images.map((file_id, i) => ({ file_id, url: urls[i] })) },
  })
  res.status(201).json({ review: await ownReview(req.scope, result.id, customerId) })
}
