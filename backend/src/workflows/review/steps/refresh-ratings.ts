import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"

/**
 * Recomputes the product's and the seller's rating from their published reviews. It needs no
 * compensation: every step that changes reviews recomputes again when it is undone.
 */
export const refreshRatingsStep = createStep(
  "refresh-ratings",
  async (subject: { product_id: string; seller_id?: string | null }, { container }) => {
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).refreshRatings(subject)
    return new StepResponse(subject)
  }
)
