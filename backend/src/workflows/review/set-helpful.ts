import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../modules/review"
import ReviewModuleService from "../../modules/review/service"
import { setHelpfulStep } from "./steps/vote"

// Votes go to published reviews of others: one's own review cannot be found helpful by oneself.
const votableReviewStep = createStep("votable-review", async (input: { review_id: string; customer_id: string }, { container }) => {
  const [review] = await container
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listReviews({ id: input.review_id, status: "published" }, { select: ["id", "customer_id"] })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${input.review_id} was not found`)
  if (review.customer_id === input.customer_id) throw new MedusaError(MedusaError.Types.FORBIDDEN, "You cannot mark your own review as helpful")
  return new StepResponse(review.id)
})

/** A customer marks a review helpful or takes it back; repeating either changes nothing. */
export const setHelpfulWorkflow = createWorkflow("set-review-helpful", (input: { review_id: string; customer_id: string; helpful: boolean }) => {
  votableReviewStep(input)
  return new WorkflowResponse(setHelpfulStep(input))
})
