import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { isSellerEmailVerified } from "../../../lib/email-verification"

/**
 * An operator approves only a seller whose owner verified its e-mail address. A plugin's `sellerCreated` hook
 * ("system") approving at registration vouches for the seller itself.
 */
export const assertEmailVerifiedStep = createStep("assert-seller-email-verified", async (input: { seller_id: string; actor_id: string }, { container }) => {
  if (input.actor_id === "system") return
  if (!(await isSellerEmailVerified(container, input.seller_id))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The seller has not verified its e-mail address yet")
  }
})
