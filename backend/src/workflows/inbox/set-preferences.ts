import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SetPreferencesInput, setPreferencesStep } from "./steps/set-preferences"

/** Saves which optional notifications a customer wants, per channel (`POST /store/notifications/preferences`). */
export const setNotificationPreferencesWorkflow = createWorkflow("set-notification-preferences", (input: SetPreferencesInput) => {
  return new WorkflowResponse(setPreferencesStep(input))
})
