import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { describeFailureStep, FailureEvent } from "./steps/describe-failure"
import { sendAlertStep } from "./steps/send-alert"

/** Tells the operators about a plugin's critical failure event (a dead Lexoffice sync, a failed Viva webhook). */
export const alertFailureWorkflow = createWorkflow("alert-failure", (event: FailureEvent) => {
  return new WorkflowResponse(sendAlertStep(describeFailureStep(event)))
})
