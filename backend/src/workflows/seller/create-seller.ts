import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import { SellerEvents } from "../../modules/seller/events"
import { setSellerActorStep } from "./steps/set-seller-actor"
import { createSellerMemberStep } from "./steps/create-seller-member"
import { createSellerStep, CreateSellerStepInput } from "./steps/create-seller"
import { approveSellerWorkflow } from "./approve-seller"

export type CreateSellerWorkflowInput = {
  auth_identity_id: string
  member_email: string
  seller: CreateSellerStepInput
}

/**
 * Registers a seller in `pending` with the registering identity as its owner. The `sellerCreated`
 * hook lets a plugin return `{ approve: true }` to approve the seller at once (e.g. a known brand).
 */
export const createSellerWorkflow = createWorkflow("create-seller", (input: CreateSellerWorkflowInput) => {
  const seller = createSellerStep(input.seller)
  const memberInput = transform({ input, seller }, ({ input, seller }) => ({
    seller_id: seller.id,
    email: input.member_email,
    auth_identity_id: input.auth_identity_id,
    role: "owner" as const,
  }))
  const member = createSellerMemberStep(memberInput)
  // The member is the `seller` actor: tokens of this identity now carry its id.
  setSellerActorStep(
    transform({ input, member }, ({ input, member }) => ({ auth_identity_id: input.auth_identity_id, member_id: member.id }))
  )
  emitEventStep({ eventName: SellerEvents.SELLER_CREATED, data: transform({ seller }, ({ seller }) => ({ id: seller.id })) })

  const sellerCreated = createHook("sellerCreated", { seller }, {
    resultValidator: z.object({ approve: z.boolean() }).strict().optional(),
  })
  const decision = sellerCreated.getResult()
  when({ decision }, ({ decision }) => decision?.approve === true).then(() => {
    approveSellerWorkflow.runAsStep({
      input: transform({ seller }, ({ seller }) => ({ seller_id: seller.id, actor_id: "system" })),
    })
  })

  return new WorkflowResponse({ seller, member }, { hooks: [sellerCreated] })
})
