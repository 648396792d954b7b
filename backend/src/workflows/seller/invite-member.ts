import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { MemberRole } from "../../modules/seller/models/seller-member"
import { createInviteStep } from "./steps/create-invite"

/** An owner invites someone by e-mail; the invite token is sent to that address. */
export const inviteSellerMemberWorkflow = createWorkflow(
  "invite-seller-member",
  (input: { seller_id: string; email: string; role: MemberRole }) => {
    const created = createInviteStep(input)
    emitEventStep({
      eventName: SellerEvents.INVITE_CREATED,
      data: transform({ created }, ({ created }) => ({ id: created.invite.id })),
    })
    return new WorkflowResponse(created)
  }
)
