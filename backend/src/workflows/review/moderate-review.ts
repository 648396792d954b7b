import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReviewEvents } from "../../modules/review/events"
import { setReviewStatusStep } from "./steps/set-status"

/** An operator hides a review (it leaves the list and the ratings; its reports close) or restores it. */
export const moderateReviewWorkflow = createWorkflow(
  "moderate-review",
  (input: { id: string; action: "hide" | "restore"; reason?: string | null }) => {
    const result = setReviewStatusStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: input.action === "hide" ? ("hidden" as const) : ("published" as const), reason: input.reason }))
    )
    const data = transform({ input, result }, ({ input, result }) => ({ id: input.id, product_id: result.product_id }))
    when({ input, result }, ({ input, result }) => result.changed && input.action === "hide").then(() => {
      emitEventStep({ eventName: ReviewEvents.REVIEW_HIDDEN, data }).config({ name: "emit-review-hidden" })
    })
    when({ input, result }, ({ input, result }) => result.changed && input.action === "restore").then(() => {
      emitEventStep({ eventName: ReviewEvents.REVIEW_RESTORED, data }).config({ name: "emit-review-restored" })
    })
    return new WorkflowResponse({ id: input.id })
  }
)
