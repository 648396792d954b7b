import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MarkReadInput, markReadStep } from "./steps/mark-read"

/** Marks in-app notifications read: some, or all up to a moment. */
export const markNotificationsReadWorkflow = createWorkflow("mark-notifications-read", (input: MarkReadInput) => {
  return new WorkflowResponse(markReadStep(input))
})
