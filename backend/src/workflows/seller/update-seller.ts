import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { updateSellerStep } from "./steps/update-seller"

export type UpdateSellerWorkflowInput = { id: string } & Record<string, unknown>

/** Updates a seller's profile or payout details (routes decide which fields each caller may set). */
export const updateSellerWorkflow = createWorkflow("update-seller", (input: UpdateSellerWorkflowInput) => {
  const seller = updateSellerStep(input)
  emitEventStep({ eventName: SellerEvents.SELLER_UPDATED, data: { id: input.id } })
  return new WorkflowResponse(seller)
})
