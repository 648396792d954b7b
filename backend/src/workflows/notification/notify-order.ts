import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverNoticesStep } from "./steps/deliver-notices"
import { OrderNoticeInput, orderNoticeStep } from "./steps/order-notice"

/** Tells an order's customer that it was placed, paid, shipped (with tracking) or delivered, or has an invoice. */
export const notifyOrderWorkflow = createWorkflow("notify-order", (input: OrderNoticeInput) => {
  return new WorkflowResponse(deliverNoticesStep(orderNoticeStep(input)))
})
