import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

async function orderOfPayment(container: MedusaContainer, payment_id: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: payment_id } })
  return data[0]?.payment_collection?.order?.id
}

/**
 * Makes an order's pending ledger lines payable for every seller whose part is delivered, once the
 * order's payment is captured. Lines already payable or paid are left alone.
 */
export const refreshPayoutLinesStep = createStep(
  "refresh-payout-lines",
  async (input: { order_id: string } | { payment_id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const order_id = "order_id" in input ? input.order_id : await orderOfPayment(container, input.payment_id)
    if (!order_id) return new StepResponse([] as string[], [] as string[])
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
      filters: { id: order_id },
    })
    const payments = (orders[0]?.payment_collections ?? []).flatMap((c) => c?.payments ?? []).filter((p) => p && !p.canceled_at)
    const captured = payments.length > 0 && payments.every((p) => !!p!.captured_at)
    if (!captured) return new StepResponse([], [])

    const delivered = await service.listSubOrders({ order_id, fulfillment_status: "delivered" }, { select: ["id"] })
    if (!delivered.length) return new StepResponse([], [])
    const lines = await service.listPayoutLines(
      { sub_order_id: delivered.map((s) => s.id), status: "pending" },
      { select: ["id"] }
    )
    if (!lines.length) return new StepResponse([], [])
    const ids = lines.map((l) => l.id)
    await service.updatePayoutLines({ selector: { id: ids }, data: { status: "payable" } })
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updatePayoutLines({ selector: { id: ids }, data: { status: "pending" } })
  }
)
