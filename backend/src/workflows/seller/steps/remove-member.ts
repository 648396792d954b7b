import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

/** Removes a member of this seller (never the last owner); the compensation restores it. */
export const removeMemberStep = createStep(
  "remove-seller-member",
  async ({ seller_id, member_id }: { seller_id: string; member_id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const members = await service.listSellerMembers({ seller_id })
    const member = members.find((m) => m.id === member_id)
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${member_id} was not found`)
    if (member.role === "owner" && members.filter((m) => m.role === "owner").length === 1) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The last owner of a seller cannot be removed")
    }
    await service.softDeleteSellerMembers(member_id)
    return new StepResponse(member, member_id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.restoreSellerMembers(id)
  }
)
