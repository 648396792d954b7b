import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

/** Settles a pending payout and its lines; the compensation makes both pending again. */
export const markPayoutPaidStep = createStep(
  "mark-payout-paid",
  async ({ payout_id, actor_id, reference }: { payout_id: string; actor_id: string; reference?: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const payout = await service.retrievePayout(payout_id)
    // A processing payout is one whose provider call never reported back; the operator settles it.
    if (payout.status !== "pending" && payout.status !== "processing") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only pending or processing payouts can be marked paid; this one is ${payout.status}`)
    }
    const updated = await service.updatePayouts({
      id: payout_id,
      status: "paid",
      paid_at: new Date(),
      paid_by: actor_id,
      ...(reference ? { provider_reference: reference } : {}),
    })
    await service.updatePayoutLines({ selector: { payout_id }, data: { status: "paid" } })
    return new StepResponse(updated, { id: payout_id, status: payout.status, provider_reference: payout.provider_reference })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updatePayouts({ ...previous, paid_at: null, paid_by: null })
    await service.updatePayoutLines({ selector: { payout_id: previous.id }, data: { status: "payable" } })
  }
)
