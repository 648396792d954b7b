import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"

type VoteInput = { review_id: string; customer_id: string; helpful: boolean }

/** Adds or takes back a customer's helpful vote; the compensation undoes only a vote that changed. */
export const setHelpfulStep = createStep(
  "set-helpful",
  async ({ review_id, customer_id, helpful }: VoteInput, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const changed = helpful ? await service.vote(review_id, customer_id) : await service.unvote(review_id, customer_id)
    return new StepResponse({ changed }, { review_id, customer_id, helpful, changed })
  },
  async (undo, { container }) => {
    if (!undo?.changed) return
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    if (undo.helpful) await service.unvote(undo.review_id, undo.customer_id)
    else await service.vote(undo.review_id, undo.customer_id)
  }
)
