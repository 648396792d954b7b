import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../../modules/review/events"
import { ownReviewStep } from "./steps/own-review"
import { refreshRatingsStep } from "./steps/refresh-ratings"
import { ReviewImageInput, ReviewText, updateReviewStep } from "./steps/write-review"

/** The author changes the review within the edit window (after it: 403; anyone else's: 404). */
export const updateReviewWorkflow = createWorkflow(
  "update-review",
  (input: { id: string; customer_id: string; changes: Partial<ReviewText>; images?: ReviewImageInput[] }) => {
    const review = ownReviewStep(transform({ input }, ({ input }) => ({ id: input.id, customer_id: input.customer_id, editing: true })))
    updateReviewStep(transform({ input }, ({ input }) => ({ id: input.id, changes: input.changes, images: input.images })))
    refreshRatingsStep(transform({ review }, ({ review }) => ({ product_id: review.product_id, seller_id: review.seller_id })))
    emitEventStep({
      eventName: ReviewEvents.REVIEW_UPDATED,
      data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id })),
    })
    return new WorkflowResponse({ id: input.id })
  }
)
