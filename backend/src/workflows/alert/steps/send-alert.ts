import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Alert, sendAlert } from "../../../lib/alerts"

/** Posts the alert to the operators' webhook (deduplicated, rate limited); never fails. A message cannot be taken back. */
export const sendAlertStep = createStep("post-alert", async (alert: Alert) => new StepResponse(await sendAlert(alert)))
