import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"

/**
 * Publishes the seller's one reply to a review of its product (another seller's review is "not found";
 * a second reply is a conflict). The compensation takes the reply back.
 */
export const replyToReviewStep = createStep(
  "reply-to-review",
  async (input: { review_id: string; seller_id: string; body: string }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const productId = await service.reply(input)
    if (!productId) {
      const [review] = await service.listReviews({ id: input.review_id, seller_id: input.seller_id }, { select: ["id"] })
      if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${input.review_id} was not found`)
      throw new MedusaError(MedusaError.Types.CONFLICT, "This review already has your reply")
    }
    return new StepResponse({ product_id: productId }, input.review_id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReviewModuleService>(REVIEW_MODULE).updateReviews({ id, reply_body: null, replied_at: null })
  }
)
