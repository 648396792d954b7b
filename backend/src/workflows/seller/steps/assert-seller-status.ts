import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { SellerStatus } from "../../../modules/seller/models/seller"
import SellerModuleService from "../../../modules/seller/service"

/** Fails unless the seller exists and is in one of the given statuses; returns nothing to undo. */
export const assertSellerStatusStep = createStep(
  "assert-seller-status",
  async ({ seller_id, allowed, action }: { seller_id: string; allowed: SellerStatus[]; action: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const seller = await service.retrieveSeller(seller_id, { select: ["id", "status"] })
    if (!allowed.includes(seller.status as SellerStatus)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${seller.status} seller cannot be ${action}`)
    }
  }
)
