import { createHash, randomBytes } from "crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { MemberRole } from "../../../modules/seller/models/seller-member"
import SellerModuleService from "../../../modules/seller/service"

export const INVITE_TTL_DAYS = 7
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex")

/** Creates an invite with a random single-use token; only its hash is stored. */
export const createInviteStep = createStep(
  "create-seller-invite",
  async (input: { seller_id: string; email: string; role: MemberRole }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const members = await service.listSellerMembers({ seller_id: input.seller_id }, { select: ["email"] })
    if (members.some((m) => m.email.toLowerCase() === input.email.toLowerCase())) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${input.email} is already a member`)
    }
    const token = randomBytes(32).toString("base64url")
    const invite = await service.createSellerInvites({
      ...input,
      email: input.email.toLowerCase(),
      token_hash: hashToken(token),
      expires_at: new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600 * 1000),
    })
    const { token_hash: _hash, ...visible } = invite
    return new StepResponse({ invite: visible, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellerInvites(id)
  }
)
