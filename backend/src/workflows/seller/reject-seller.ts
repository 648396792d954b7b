import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { decision, requireStatus, SellerDecisionInput } from "./decision"
import { assertSellerStatusStep } from "./steps/assert-seller-status"
import { updateSellerStep } from "./steps/update-seller"

/** Rejects a pending seller with a reason the seller sees. */
export const rejectSellerWorkflow = createWorkflow("reject-seller", (input: SellerDecisionInput) => {
  assertSellerStatusStep(transform(input, requireStatus(["pending"], "rejected")))
  const seller = updateSellerStep(transform(input, decision("rejected")))
  emitEventStep({ eventName: SellerEvents.SELLER_REJECTED, data: { id: input.seller_id } })
  return new WorkflowResponse(seller)
})
