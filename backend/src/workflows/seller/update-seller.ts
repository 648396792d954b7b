import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSellerStep } from "./steps/update-seller"

export type UpdateSellerWorkflowInput = { id: string } & Record<string, unknown>

/** Updates a seller's profile or payout details (routes decide which fields each caller may set). */
export const updateSellerWorkflow = createWorkflow("update-seller", (input: UpdateSellerWorkflowInput) => {
  return new WorkflowResponse(updateSellerStep(input))
})
