import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resetSyncStep } from "./steps/reset-sync"

/** An operator's retry: a failed or dead record back to pending with no attempts (`runSync` then runs it). */
export const retrySyncWorkflow = createWorkflow("retry-lexoffice-sync", (input: { sync_id: string }) => {
  return new WorkflowResponse(resetSyncStep(input.sync_id))
})
