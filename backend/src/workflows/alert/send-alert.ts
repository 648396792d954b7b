import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Alert } from "../../lib/alerts"
import { sendAlertStep } from "./steps/send-alert"

/** Tells the operators about a critical error (see src/lib/alerts.ts); the result says whether it went out. */
export const sendAlertWorkflow = createWorkflow("send-alert", (input: Alert) => new WorkflowResponse(sendAlertStep(input)))
