import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { MemberRole } from "../../../modules/seller/models/seller-member"
import SellerModuleService from "../../../modules/seller/service"

export const createSellerMemberStep = createStep(
  "create-seller-member",
  async (input: { seller_id: string; email: string; auth_identity_id: string; role: MemberRole }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const member = await service.createSellerMembers(input)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellerMembers(id)
  }
)
