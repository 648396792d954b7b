import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { allocateRefund, toCents } from "../../sub-order/split"

/**
 * Books each refund of a payment against the sellers of its order as negative ledger lines (one per
 * refund and sub-order, so a replayed event books nothing twice). A refund line is payable when the
 * sale it reverses is, so it nets against the same or the next payout.
 */
export const bookRefundsStep = createStep(
  "book-refunds",
  async ({ payment_id }: { payment_id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id", "refunds.id", "refunds.amount", "payment_collection.order.id"],
      filters: { id: payment_id },
    })
    const payment = payments[0]
    const orderId = payment?.payment_collection?.order?.id as string | undefined
    if (!payment || !orderId) return new StepResponse([], [])

    // A canceled order's ledger was settled by its cancellation.
    const subOrders = (await service.listSubOrders({ order_id: orderId })).filter((s) => s.fulfillment_status !== "canceled")
    if (!subOrders.length) return new StepResponse([], [])
    const lines = await service.listPayoutLines({ order_id: orderId })
    const booked = new Set(lines.filter((l) => l.type === "refund").map((l) => l.reference.split(":")[0]))

    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["shipping_total", "items.id", "items.total", "items.detail.quantity", "items.detail.return_received_quantity"],
      filters: { id: orderId },
    })
    const items = orders[0]?.items ?? []
    const returnedValue = (ids: Set<string>) =>
      items
        .filter((i) => i && ids.has(i.id))
        .reduce((n, i) => n + (Number(i!.total) * Number(i!.detail?.return_received_quantity ?? 0)) / Math.max(1, Number(i!.detail?.quantity ?? 1)), 0)
    // The platform's own items (in no sub-order) and their part of the shipping take their share of
    // a refund, so refunding them does not reverse the sellers' payouts.
    const sellerItems = new Set(subOrders.flatMap((sub) => sub.line_item_ids as string[]))
    const platformItems = new Set(items.filter((i) => i && !sellerItems.has(i.id)).map((i) => i!.id))
    const platformGross = toCents(
      items.filter((i) => i && platformItems.has(i.id)).reduce((n, i) => n + Number(i!.total), 0) +
        Number(orders[0]?.shipping_total ?? 0) -
        subOrders.reduce((n, sub) => n + Number(sub.shipping_total), 0)
    )
    const platform = { sub_order_id: "platform", gross: platformGross, returned: toCents(returnedValue(platformItems)), reversed: 0, payout_total: 0, commission_total: 0 }
    const created: string[] = []
    for (const refund of (payment.refunds ?? []).filter((r) => r && !booked.has(r.id))) {
      const shares = subOrders.map((sub) => {
        const returned = returnedValue(new Set(sub.line_item_ids as string[]))
        // What earlier refunds took back, gross: the payout and the commission they reversed.
        const reversed = lines
          .filter((l) => l.sub_order_id === sub.id && l.type === "refund")
          .reduce((n, l) => n - Number(l.amount) - Number(l.commission_amount), 0)
        return {
          sub_order_id: sub.id,
          gross: Number(sub.item_total) + Number(sub.shipping_total),
          returned: toCents(returned),
          reversed,
          payout_total: Number(sub.payout_total),
          commission_total: Number(sub.commission_total),
        }
      })
      const sales = new Map(lines.filter((l) => l.type === "sale").map((l) => [l.sub_order_id, l]))
      const parts = allocateRefund(Number(refund!.amount), platform.gross > 0 ? [platform, ...shares] : shares)
      const entries = parts.filter((part) => part.sub_order_id !== platform.sub_order_id).map((part) => {
        const sub = subOrders.find((s) => s.id === part.sub_order_id)!
        const sale = sales.get(sub.id)
        return {
          seller_id: sub.seller_id,
          order_id: orderId,
          sub_order_id: sub.id,
          type: "refund" as const,
          reference: `${refund!.id}:${sub.id}`,
          currency_code: sub.currency_code,
          amount: -part.payout,
          commission_amount: -part.commission,
          status: sale && sale.status !== "pending" ? ("payable" as const) : ("pending" as const),
        }
      })
      if (entries.length) {
        const rows = await service.createPayoutLines(entries)
        created.push(...rows.map((r) => r.id))
      }
    }
    return new StepResponse(created, created)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deletePayoutLines(ids)
  }
)
