import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshPayoutLinesStep } from "./steps/refresh-payout-lines"

/** Run after a delivery or a capture: the order's delivered, captured seller shares become payable. */
export const refreshPayoutLinesWorkflow = createWorkflow("refresh-payout-lines", (input: { order_id: string } | { payment_id: string }) => {
  return new WorkflowResponse(refreshPayoutLinesStep(input))
})
