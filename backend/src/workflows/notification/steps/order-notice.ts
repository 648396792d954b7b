import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toLocale } from "../../../notifications"
import { links } from "../links"
import { Notice } from "../notice"

export type OrderNoticeInput =
  | { type: "order_placed" | "invoice_available"; order_id: string }
  | { type: "order_paid"; payment_id: string }
  | { type: "order_shipped" | "order_delivered"; fulfillment_id: string }

type Item = { id: string; title: string; product_title: string | null; product_id: string | null; quantity: unknown; total: unknown }
type OrderRow = {
  id: string
  display_id: number
  email: string | null
  locale: string | null
  currency_code: string
  total: unknown
  items?: Item[]
  customer?: { id: string; has_account: boolean; metadata: Record<string, unknown> | null } | null
}
type FulfillmentRow = {
  id: string
  order?: { id: string } | null
  items?: { line_item_id: string }[]
  labels?: { tracking_number: string; tracking_url: string | null }[]
}
type Query = { graph: (q: { entity: string; fields: string[]; filters: Record<string, unknown> }) => Promise<{ data: unknown[] }> }

/**
 * The notice about an order for its customer (guest or registered): in the order's language, else the
 * customer's. Shipped and delivered are per fulfilment (one seller's parcel), named after its seller.
 */
export const orderNoticeStep = createStep("order-notice", async (input: OrderNoticeInput, { container }) => {
  const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
  let fulfillment: FulfillmentRow | undefined
  let orderId = "order_id" in input ? input.order_id : ""
  if ("fulfillment_id" in input) {
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "order.id", "items.line_item_id", "labels.tracking_number", "labels.tracking_url"],
      filters: { id: input.fulfillment_id },
    })
    fulfillment = data[0] as FulfillmentRow | undefined
    orderId = fulfillment?.order?.id ?? ""
  } else if ("payment_id" in input) {
    const { data } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: input.payment_id } })
    orderId = (data[0] as { payment_collection?: { order?: { id: string } } } | undefined)?.payment_collection?.order?.id ?? ""
  }
  if (!orderId) return new StepResponse<Notice[]>([])
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "locale",
      "currency_code",
      "total",
      "items.id",
      "items.title",
      "items.product_title",
      "items.product_id",
      "items.quantity",
      "items.total",
      "customer.id",
      "customer.has_account",
      "customer.metadata",
    ],
    filters: { id: orderId },
  })
  const order = orders[0] as OrderRow | undefined
  if (!order?.email) return new StepResponse<Notice[]>([])
  const customer = order.customer ?? null
  const locale = toLocale(order.locale ?? customer?.metadata?.locale)
  const ref = { id: order.id as string, has_account: Boolean(customer?.has_account) }
  const summary = { display_id: order.display_id, url: links.order(locale, ref) }
  let data: Record<string, unknown>
  let key: string
  switch (input.type) {
    case "order_placed":
      data = {
        order: {
          ...summary,
          currency_code: order.currency_code,
          total: Number(order.total),
          items: (order.items ?? []).map((i) => ({ title: i.product_title ?? i.title, quantity: Number(i.quantity), total: Number(i.total) })),
        },
      }
      key = `order_placed:${order.id}`
      break
    case "order_paid":
      data = { order: { ...summary, currency_code: order.currency_code, total: Number(order.total) } }
      key = `order_paid:${order.id}`
      break
    case "invoice_available":
      data = { order: summary, invoice_url: links.invoice(locale, ref) }
      key = `invoice_available:${order.id}`
      break
    default: {
      const sellerName = await sellerOf(query, order, fulfillment!)
      data =
        input.type === "order_shipped"
          ? {
              order: summary,
              seller_name: sellerName,
              parcels: (fulfillment!.labels ?? [])
                .filter((l) => l.tracking_number)
                .map((l) => ({ tracking_number: l.tracking_number, tracking_url: l.tracking_url || null })),
            }
          : { order: summary, seller_name: sellerName }
      key = `${input.type}:${fulfillment!.id}`
    }
  }
  const recipient = ref.has_account && customer ? customer.id : null
  return new StepResponse<Notice[]>([
    { type: input.type, locale, email: order.email, recipient_id: recipient, data, key, resource: { id: order.id, type: "order" } },
  ])
})

/** The name of the seller whose items the fulfilment holds; the marketplace's own name for platform items. */
async function sellerOf(query: Query, order: OrderRow, fulfillment: FulfillmentRow): Promise<string> {
  const lineIds = new Set((fulfillment.items ?? []).map((i) => i.line_item_id))
  const productIds = (order.items ?? []).filter((i) => lineIds.has(i.id)).map((i) => i.product_id).filter(Boolean)
  if (!productIds.length) return "Agora"
  const { data } = await query.graph({ entity: "product", fields: ["id", "seller.name"], filters: { id: productIds } })
  return (data as { seller?: { name: string } | null }[]).find((p) => p.seller?.name)?.seller?.name ?? "Agora"
}
