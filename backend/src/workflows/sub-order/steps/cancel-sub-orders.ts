import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { SellerFulfillmentStatus } from "../../../modules/seller/models/sub-order"
import SellerModuleService from "../../../modules/seller/service"
import { toCents } from "../split"

/**
 * Settles a canceled order in the sellers' ledgers: sub-orders become canceled, lines not yet in a
 * payout are voided, and what was already paid out is reversed by one payable line per sub-order.
 */
export const cancelSubOrdersStep = createStep(
  "cancel-sub-orders",
  async ({ order_id }: { order_id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const subOrders = (await service.listSubOrders({ order_id })).filter((s) => s.fulfillment_status !== "canceled")
    if (!subOrders.length) return new StepResponse(undefined, undefined)
    const lines = await service.listPayoutLines({ order_id })
    const open = lines.filter((l) => !l.payout_id).map((l) => l.id)
    const reversals = subOrders.flatMap((sub) => {
      const settled = lines.filter((l) => l.sub_order_id === sub.id && l.payout_id)
      const amount = toCents(settled.reduce((n, l) => n + Number(l.amount), 0))
      const commission = toCents(settled.reduce((n, l) => n + Number(l.commission_amount), 0))
      return amount === 0 && commission === 0
        ? []
        : [
            {
              seller_id: sub.seller_id,
              order_id,
              sub_order_id: sub.id,
              type: "refund" as const,
              reference: `cancel:${sub.id}`,
              currency_code: sub.currency_code,
              amount: -amount,
              commission_amount: -commission,
              status: "payable" as const,
            },
          ]
    })
    await service.updateSubOrders(subOrders.map((s) => ({ id: s.id, fulfillment_status: "canceled" as const })))
    if (open.length) await service.softDeletePayoutLines(open)
    const created = reversals.length ? await service.createPayoutLines(reversals) : []
    return new StepResponse(undefined, {
      statuses: subOrders.map((s) => ({ id: s.id, fulfillment_status: s.fulfillment_status as SellerFulfillmentStatus })),
      voided: open,
      reversals: created.map((l) => l.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    if (undo.reversals.length) await service.deletePayoutLines(undo.reversals)
    if (undo.voided.length) await service.restorePayoutLines(undo.voided)
    await service.updateSubOrders(undo.statuses)
  }
)
