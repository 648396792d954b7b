import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { assertSellerStatusStep } from "./steps/assert-seller-status"
import { ensureSellerLocationStep } from "./steps/ensure-seller-location"
import { updateSellerStep } from "./steps/update-seller"

export type SellerDecisionInput = { seller_id: string; actor_id: string; reason?: string }

/**
 * Approves a pending or rejected seller and gives it a stock location. The `validateApproval` hook
 * lets a plugin veto by throwing (e.g. a missing trade-register check).
 */
export const approveSellerWorkflow = createWorkflow("approve-seller", (input: SellerDecisionInput) => {
  assertSellerStatusStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, allowed: ["pending", "rejected"] as ("pending" | "rejected")[], action: "approved" }))
  )
  const validateApproval = createHook("validateApproval", { seller_id: input.seller_id })
  const locationId = ensureSellerLocationStep({ seller_id: input.seller_id })
  const seller = updateSellerStep(
    transform({ input }, ({ input }) => ({
      id: input.seller_id,
      status: "approved",
      status_reason: null,
      status_decided_by: input.actor_id,
      status_decided_at: new Date(),
    }))
  )
  emitEventStep({ eventName: SellerEvents.SELLER_APPROVED, data: { id: input.seller_id } })
  return new WorkflowResponse({ seller, location_id: locationId }, { hooks: [validateApproval] })
})
