import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteReviewWorkflow, updateReviewWorkflow } from "../../../../workflows/review"
import { fileUrls } from "../../../files"
import { ownReview } from "../../../reviews/read"
import { UpdateReviewType } from "../../../reviews/validators"

/** The customer's own review (anyone else's is "not found"). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ review: await ownReview(req.scope, req.params.id, req.auth_context.actor_id) })
}

/** Changes the customer's review within 30 days of writing it; `images` replaces the photos. */
export async function POST(req: AuthenticatedMedusaRequest<UpdateReviewType>, res: MedusaResponse) {
  const { images, ...changes } = req.validatedBody
  const urls = images ? await fileUrls(req.scope, images, (i) => `images.${i}`) : []
  const customerId = req.auth_context.actor_id
  await updateReviewWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customerId, changes, images: images?.map((file_id, i) => ({ file_id, url: urls[i] })) },
  })
  res.json({ review: await ownReview(req.scope, req.params.id, customerId) })
}

/** Deletes the customer's review. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteReviewWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "review", deleted: true })
}
