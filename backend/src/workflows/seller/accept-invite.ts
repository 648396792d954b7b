import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimInviteStep } from "./steps/claim-invite"
import { setSellerActorStep } from "./steps/set-seller-actor"
import { createSellerMemberStep } from "./steps/create-seller-member"

/** A freshly registered seller identity accepts an invite and becomes a member of that seller. */
export const acceptSellerInviteWorkflow = createWorkflow(
  "accept-seller-invite",
  (input: { token: string; auth_identity_id: string; email: string }) => {
    const invite = claimInviteStep({ token: input.token, email: input.email })
    const member = createSellerMemberStep(
      transform({ input, invite }, ({ input, invite }) => ({
        seller_id: invite.seller_id,
        email: input.email.toLowerCase(),
        auth_identity_id: input.auth_identity_id,
        role: invite.role,
      }))
    )
    setSellerActorStep(
      transform({ input, member }, ({ input, member }) => ({ auth_identity_id: input.auth_identity_id, member_id: member.id }))
    )
    return new WorkflowResponse(member)
  }
)
