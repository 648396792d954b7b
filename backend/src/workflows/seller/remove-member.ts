import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeMemberStep } from "./steps/remove-member"
import { setSellerActorStep } from "./steps/set-seller-actor"

/** An owner removes a member; the member's identity no longer acts for the seller. */
export const removeSellerMemberWorkflow = createWorkflow(
  "remove-seller-member",
  (input: { seller_id: string; member_id: string }) => {
    const member = removeMemberStep(input)
    setSellerActorStep(transform({ member }, ({ member }) => ({ auth_identity_id: member.auth_identity_id, member_id: null })))
    return new WorkflowResponse({ id: input.member_id })
  }
)
