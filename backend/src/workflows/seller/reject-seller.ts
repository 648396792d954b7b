import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { SellerDecisionInput } from "./approve-seller"
import { assertSellerStatusStep } from "./steps/assert-seller-status"
import { updateSellerStep } from "./steps/update-seller"

/** Rejects a pending seller with a reason the seller sees. */
export const rejectSellerWorkflow = createWorkflow("reject-seller", (input: SellerDecisionInput) => {
  assertSellerStatusStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, allowed: ["pending"] as "pending"[], action: "rejected" }))
  )
  const seller = updateSellerStep(
    transform({ input }, ({ input }) => ({
      id: input.seller_id,
      status: "rejected",
      status_reason: input.reason,
      status_decided_by: input.actor_id,
      status_decided_at: new Date(),
    }))
  )
  emitEventStep({ eventName: SellerEvents.SELLER_REJECTED, data: { id: input.seller_id } })
  return new WorkflowResponse(seller)
})
