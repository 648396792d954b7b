import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeReportsStep } from "./steps/report"

/** An operator dismisses an open report; the post stays as it is. */
export const dismissReportWorkflow = createWorkflow("dismiss-report", (input: { report_id: string }) => {
  const closed = closeReportsStep({ filter: { id: input.report_id }, status: "dismissed" })
  return new WorkflowResponse(closed)
})
