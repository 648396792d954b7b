import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { SellerFulfillmentStatus } from "../../../modules/seller/models/sub-order"
import SellerModuleService from "../../../modules/seller/service"
import { fulfillmentStatus } from "../fulfillment-status"

type Previous = { id: string; fulfillment_status: SellerFulfillmentStatus; delivered_at: Date | null }[]

/**
 * Recomputes the fulfilment status of every sub-order of an order from its items, whoever fulfilled
 * them (a seller here or an operator in the admin). Canceled sub-orders stay canceled.
 */
export const refreshSubOrderStatusStep = createStep(
  "refresh-sub-order-status",
  async ({ order_id }: { order_id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const subOrders = (await service.listSubOrders({ order_id })).filter((s) => s.fulfillment_status !== "canceled")
    if (!subOrders.length) return new StepResponse([] as Previous, [] as Previous)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "items.id",
        "items.detail.quantity",
        "items.detail.fulfilled_quantity",
        "items.detail.shipped_quantity",
        "items.detail.delivered_quantity",
      ],
      filters: { id: order_id },
    })
    const items = orders[0]?.items ?? []
    const previous: Previous = []
    const changes: Previous = []
    for (const sub of subOrders) {
      const own = new Set(sub.line_item_ids as string[])
      const status = fulfillmentStatus(
        items
          .filter((item) => item && own.has(item.id))
          .map((item) => ({
            quantity: Number(item!.detail?.quantity ?? 0),
            fulfilled: Number(item!.detail?.fulfilled_quantity ?? 0),
            shipped: Number(item!.detail?.shipped_quantity ?? 0),
            delivered: Number(item!.detail?.delivered_quantity ?? 0),
          }))
      )
      if (status !== sub.fulfillment_status) {
        previous.push({ id: sub.id, fulfillment_status: sub.fulfillment_status as SellerFulfillmentStatus, delivered_at: sub.delivered_at as Date | null })
        changes.push({ id: sub.id, fulfillment_status: status, delivered_at: status === "delivered" ? new Date() : null })
      }
    }
    if (changes.length) await service.updateSubOrders(changes)
    return new StepResponse(previous, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSubOrders(previous)
  }
)
