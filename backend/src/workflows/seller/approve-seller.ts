import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../modules/seller/events"
import { SocialEvents } from "../../modules/social/events"
import { ensureSellerProfileStep } from "../social/steps/seller-profile"
import { decision, requireStatus, SellerDecisionInput } from "./decision"
import { assertEmailVerifiedStep } from "./steps/assert-email-verified"
import { assertSellerStatusStep } from "./steps/assert-seller-status"
import { ensureSellerLocationStep } from "./steps/ensure-seller-location"
import { updateSellerStep } from "./steps/update-seller"

/**
 * Approves a pending or rejected seller whose owner verified its e-mail address, and gives it a stock location and a social profile. The `validateApproval` hook
 * lets a plugin veto by throwing (e.g. a missing trade-register check).
 */
export const approveSellerWorkflow = createWorkflow("approve-seller", (input: SellerDecisionInput) => {
  assertSellerStatusStep(transform(input, requireStatus(["pending", "rejected"], "approved")))
  assertEmailVerifiedStep({ seller_id: input.seller_id, actor_id: input.actor_id })
  const validateApproval = createHook("validateApproval", { seller_id: input.seller_id })
  const locationId = ensureSellerLocationStep({ seller_id: input.seller_id })
  const seller = updateSellerStep(transform(input, decision("approved")))
  const profile = ensureSellerProfileStep({ seller_id: input.seller_id })
  emitEventStep({ eventName: SellerEvents.SELLER_APPROVED, data: { id: input.seller_id } })
  when({ profile }, ({ profile }) => profile.created).then(() => {
    emitEventStep({
      eventName: SocialEvents.PROFILE_CREATED,
      data: transform({ profile }, ({ profile }) => ({ id: profile.profile.id })),
    }).config({ name: "emit-profile-created" })
  })
  return new WorkflowResponse({ seller, location_id: locationId }, { hooks: [validateApproval] })
})
