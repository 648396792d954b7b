import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordPurchaseStep } from "./steps/purchase"

/** A placed order counts on the recent posts tagging its products and feeds the buyer's interests. */
export const recordPurchaseWorkflow = createWorkflow("record-feed-purchase", (input: { order_id: string }) => {
  return new WorkflowResponse(recordPurchaseStep(input))
})
