import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

export type CreateSellerStepInput = {
  handle: string
  name: string
  email: string
  country_code: string
  description?: string | null
  logo_url?: string | null
}

export const createSellerStep = createStep(
  "create-seller",
  async (input: CreateSellerStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [taken] = await service.listSellers({ handle: input.handle }, { select: ["id"] })
    if (taken) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle: "${input.handle}" is already taken`)
    }
    const seller = await service.createSellers(input)
    return new StepResponse(seller, seller.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellers(id)
  }
)
