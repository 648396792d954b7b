import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { hashToken } from "./create-invite"

/** Claims an unexpired, unused invite addressed to this e-mail; the compensation releases it. */
export const claimInviteStep = createStep(
  "claim-seller-invite",
  async ({ token, email }: { token: string; email: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [invite] = await service.listSellerInvites({ token_hash: hashToken(token) })
    const valid =
      invite && !invite.accepted_at && new Date(invite.expires_at) > new Date() && invite.email === email.toLowerCase()
    if (!valid) throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: the invite is invalid, used or expired")
    await service.updateSellerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse({ seller_id: invite.seller_id, role: invite.role }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellerInvites({ id, accepted_at: null })
  }
)
