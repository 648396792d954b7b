import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../../modules/review/events"
import { replyToReviewStep } from "./steps/reply"

/** The seller publishes its one reply to a review of its product. */
export const replyToReviewWorkflow = createWorkflow("reply-to-review", (input: { review_id: string; seller_id: string; body: string }) => {
  const reply = replyToReviewStep(input)
  emitEventStep({
    eventName: ReviewEvents.REPLY_CREATED,
    data: transform({ input, reply }, ({ input, reply }) => ({ review_id: input.review_id, product_id: reply.product_id })),
  })
  return new WorkflowResponse({ id: input.review_id })
})
