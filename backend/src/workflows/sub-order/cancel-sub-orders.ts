import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelSubOrdersStep } from "./steps/cancel-sub-orders"

/** Run on `order.canceled`: every seller's part of the order is canceled and its ledger settled. */
export const cancelSubOrdersWorkflow = createWorkflow("cancel-sub-orders", (input: { order_id: string }) => {
  cancelSubOrdersStep(input)
  return new WorkflowResponse(undefined)
})
