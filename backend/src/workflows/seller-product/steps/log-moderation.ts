import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { ModerationAction } from "../../../modules/seller/models/moderation-entry"
import SellerModuleService from "../../../modules/seller/service"

export type ModerationLogInput = {
  product_id: string
  seller_id: string
  action: ModerationAction
  reason?: string | null
  actor_type: "user" | "seller" | "system"
  actor_id: string
}

export const logModerationStep = createStep(
  "log-moderation",
  async (input: ModerationLogInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const entry = await service.createModerationEntries(input)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteModerationEntries(id)
  }
)
