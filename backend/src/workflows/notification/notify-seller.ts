import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverNoticesStep } from "./steps/deliver-notices"
import { SellerNoticeInput, sellerNoticeStep } from "./steps/seller-notice"

/** Tells a seller the decision on its application or a product, or that a payout was paid. */
export const notifySellerWorkflow = createWorkflow("notify-seller", (input: SellerNoticeInput) => {
  return new WorkflowResponse(deliverNoticesStep(sellerNoticeStep(input)))
})
