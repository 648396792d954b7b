import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../../modules/review/events"
import { purchasedLineStep } from "./steps/purchased-line"
import { refreshRatingsStep } from "./steps/refresh-ratings"
import { createReviewStep, ReviewImageInput, ReviewText } from "./steps/write-review"

export type CreateReviewInput = ReviewText & {
  customer_id: string
  line_item_id?: string
  product_id?: string
  images: ReviewImageInput[]
}

/**
 * A customer reviews a delivered order line (a verified purchase) once; the product's and the seller's
 * ratings are recomputed. `reviewCreated` lets plugins act on the new review.
 */
export const createReviewWorkflow = createWorkflow("create-review", (input: CreateReviewInput) => {
  const line = purchasedLineStep(
    transform({ input }, ({ input }) => ({ customer_id: input.customer_id, line_item_id: input.line_item_id, product_id: input.product_id }))
  )
  const review = createReviewStep(
    transform({ input, line }, ({ input, line }) => ({
      ...line,
      customer_id: input.customer_id,
      rating: input.rating,
      title: input.title,
      body: input.body,
      images: input.images,
    }))
  )
  refreshRatingsStep(transform({ line }, ({ line }) => ({ product_id: line.product_id, seller_id: line.seller_id })))
  emitEventStep({
    eventName: ReviewEvents.REVIEW_CREATED,
    data: transform({ review, line }, ({ review, line }) => ({ id: review.id, product_id: line.product_id, seller_id: line.seller_id })),
  })
  const reviewCreated = createHook("reviewCreated", { review_id: review.id })
  return new WorkflowResponse({ id: review.id }, { hooks: [reviewCreated] })
})
