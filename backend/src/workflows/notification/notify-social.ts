import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverNoticesStep } from "./steps/deliver-notices"
import { SocialNoticeInput, socialNoticeStep } from "./steps/social-notice"

/** Tells a profile about a new follower, a like or a comment on its post. */
export const notifySocialWorkflow = createWorkflow("notify-social", (input: SocialNoticeInput) => {
  return new WorkflowResponse(deliverNoticesStep(socialNoticeStep(input)))
})
