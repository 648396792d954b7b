import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

type SellerUpdate = { id: string } & Record<string, unknown>

/** Updates one seller; the compensation writes back the previous values of the changed fields. */
export const updateSellerStep = createStep(
  "update-seller",
  async (input: SellerUpdate, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const previous = await service.retrieveSeller(input.id, { select: ["id", ...fields] })
    const seller = await service.updateSellers(input as never)
    return new StepResponse(seller, previous as SellerUpdate)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers(previous as never)
  }
)
