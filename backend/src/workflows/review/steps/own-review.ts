import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import { EDIT_DAYS } from "../../../modules/review/models/review"
import ReviewModuleService from "../../../modules/review/service"

export type ReviewRef = { id: string; product_id: string; seller_id: string | null; rating: number; status: string; created_at: Date }

const DAY_MS = 24 * 60 * 60 * 1000

/** Until when a review written at `createdAt` may be changed. */
export const editableUntil = (createdAt: Date | string) => new Date(new Date(createdAt).getTime() + EDIT_DAYS * DAY_MS)

/**
 * The review, when it is the customer's (anyone else's is "not found"); with `editing`, only within
 * EDIT_DAYS of writing it.
 */
export const ownReviewStep = createStep(
  "own-review",
  async (input: { id: string; customer_id: string; editing?: boolean }, { container }) => {
    const [review] = await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listReviews({ id: input.id, customer_id: input.customer_id }, { select: ["id", "product_id", "seller_id", "rating", "status", "created_at"] })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${input.id} was not found`)
    if (input.editing && editableUntil(review.created_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Reviews can be edited for ${EDIT_DAYS} days after they are written`)
    }
    return new StepResponse(review as unknown as ReviewRef)
  }
)
