import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../../modules/review/events"
import { ownReviewStep } from "./steps/own-review"
import { refreshRatingsStep } from "./steps/refresh-ratings"
import { deleteReviewStep } from "./steps/write-review"

/** The author deletes the review (anyone else's: 404); the ratings no longer count it. */
export const deleteReviewWorkflow = createWorkflow("delete-review", (input: { id: string; customer_id: string }) => {
  const review = ownReviewStep(input)
  const subject = transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, seller_id: review.seller_id }))
  deleteReviewStep(subject)
  refreshRatingsStep(subject)
  emitEventStep({
    eventName: ReviewEvents.REVIEW_DELETED,
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id })),
  })
  return new WorkflowResponse({ id: input.id })
})
