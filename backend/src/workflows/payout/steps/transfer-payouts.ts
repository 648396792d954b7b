import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { PayoutTransferResult } from "../../../modules/seller/providers/types"

/**
 * Hands each new payout to its provider, one at a time. The payout is marked `processing` first, so
 * that nothing can roll it back or pay it again once a provider has seen it. A provider that reports
 * the money moved marks it paid; the manual provider leaves it pending for an operator. A provider
 * error fails only that payout: it is marked failed and its lines return to the balance.
 */
export const transferPayoutsStep = createStep(
  "transfer-payouts",
  async ({ payout_ids }: { payout_ids: string[] }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const paid: string[] = []
    for (const id of payout_ids) {
      const payout = await service.retrievePayout(id)
      const seller = await service.retrieveSeller(payout.seller_id)
      await service.updatePayouts({ id, status: "processing" })
      let result: PayoutTransferResult
      try {
        result = await service.payoutProvider(payout.provider_id).transfer({
          payout_id: payout.id,
          seller_id: seller.id,
          amount: Number(payout.amount),
          currency_code: payout.currency_code,
          destination: {
            method: seller.payout_method ?? null,
            account_holder: seller.payout_account_holder ?? null,
            iban: seller.payout_iban ?? null,
            vivawallet_merchant_id: seller.payout_vivawallet_merchant_id ?? null,
          },
        })
      } catch (error) {
        logger.error(`payout ${id} failed at provider ${payout.provider_id}: ${(error as Error).message}`)
        await service.updatePayouts({ id, status: "failed" })
        await service.updatePayoutLines({ selector: { payout_id: id }, data: { payout_id: null } })
        continue
      }
      const settled = result.status === "paid"
      await service.updatePayouts({
        id,
        provider_reference: result.reference ?? null,
        ...(settled ? { status: "paid" as const, paid_at: new Date(), paid_by: payout.provider_id } : { status: "pending" as const }),
      })
      if (settled) {
        await service.updatePayoutLines({ selector: { payout_id: id }, data: { status: "paid" } })
        paid.push(id)
      }
    }
    return new StepResponse(paid)
  }
)
