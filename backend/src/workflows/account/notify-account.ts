import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverNoticesStep } from "../notification/steps/deliver-notices"
import { AccountNoticeInput, accountNoticeStep } from "./steps/account-notice"

/** Mails an account its verification link or its password reset link. */
export const notifyAccountWorkflow = createWorkflow("notify-account", (input: AccountNoticeInput) => {
  return new WorkflowResponse(deliverNoticesStep(accountNoticeStep(input)))
})
