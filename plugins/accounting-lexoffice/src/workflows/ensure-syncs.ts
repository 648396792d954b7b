import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EnsureSync } from "../modules/lexoffice/service"
import { ensureSyncsStep } from "./steps/ensure-syncs"

/** The records for an order's invoice or a payment's refunds, created (pending) where missing. */
export const ensureSyncsWorkflow = createWorkflow("ensure-lexoffice-syncs", (input: { syncs: EnsureSync[] }) => {
  return new WorkflowResponse(ensureSyncsStep(input.syncs))
})
