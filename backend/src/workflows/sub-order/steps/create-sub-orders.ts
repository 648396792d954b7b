import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { splitOrder } from "../split"

const num = (value: unknown) => Number(value ?? 0)

/**
 * Creates each seller's sub-order of an order and its sale line in the payout ledger (pending until
 * delivery and capture). Idempotent: sellers that already have a sub-order for the order are skipped.
 */
export const createSubOrdersStep = createStep(
  "create-sub-orders",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "shipping_total",
        "shipping_tax_total",
        "items.id",
        "items.product_id",
        "items.total",
        "items.tax_total",
        "items.discount_total",
      ],
      filters: { id: order_id },
    })
    const order = orders[0]
    const productIds = [...new Set((order?.items ?? []).map((i) => i?.product_id).filter((id): id is string => !!id))]
    if (!order || !productIds.length) return new StepResponse([], [])

    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "seller.id", "seller.commission_rate"],
      filters: { id: productIds },
    })
    const sellerOf = new Map(products.filter((p) => p.seller?.id).map((p) => [p.id, p.seller!]))
    // Items without a seller are the platform's own; they share the shipping but get no sub-order.
    const items = (order.items ?? []).flatMap((item) => {
      if (!item) return []
      const seller = item.product_id ? sellerOf.get(item.product_id) : undefined
      return [{ id: item.id, seller_id: (seller?.id as string | undefined) ?? null, total: num(item.total), tax_total: num(item.tax_total), discount_total: num(item.discount_total) }]
    })
    const rates = new Map([...sellerOf.values()].map((s) => [s.id as string, service.commissionRateFor({ commission_rate: s.commission_rate == null ? null : num(s.commission_rate) })]))
    const shares = splitOrder(
      { shipping_total: num(order.shipping_total), shipping_tax_total: num(order.shipping_tax_total), items },
      (id) => rates.get(id)!
    )

    const existing = await service.listSubOrders({ order_id }, { select: ["seller_id"] })
    const done = new Set(existing.map((s) => s.seller_id))
    const missing = shares.filter((share) => !done.has(share.seller_id))
    if (!missing.length) return new StepResponse([], [])

    const created = await service.createSubOrders(
      missing.map((share) => ({
        ...share,
        order_id,
        currency_code: order.currency_code,
        line_item_ids: items.filter((i) => i.seller_id === share.seller_id).map((i) => i.id),
      }))
    )
    await service.createPayoutLines(
      created.map((sub) => ({
        seller_id: sub.seller_id,
        order_id,
        sub_order_id: sub.id,
        type: "sale" as const,
        reference: sub.id,
        currency_code: sub.currency_code,
        amount: sub.payout_total,
        commission_amount: sub.commission_total,
      }))
    )
    const result = created.map((sub) => ({ id: sub.id, seller_id: sub.seller_id, order_id }))
    return new StepResponse(result, result.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const lines = await service.listPayoutLines({ reference: ids, type: "sale" }, { select: ["id"] })
    await service.deletePayoutLines(lines.map((l) => l.id))
    await service.deleteSubOrders(ids)
  }
)
