import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { VendorRequest } from "../seller-context"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "currency_code",
  "shipping_address.*",
  "shipping_methods.name",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.product_id",
  "items.thumbnail",
  "items.unit_price",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.metadata",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

const AMOUNTS = [
  "item_total",
  "discount_total",
  "tax_total",
  "shipping_total",
  "commission_rate",
  "commission_total",
  "payout_total",
  "fulfillment_status",
] as const

type SubOrder = Awaited<ReturnType<SellerModuleService["listSubOrders"]>>[number]

/**
 * The seller's view of orders: only its own items and fulfilments (those from its location) and its
 * own amounts from the sub-order; the rest of the order, other sellers' items included, is left out.
 */
export async function readVendorOrders(container: MedusaContainer, sellerId: string, subOrders: SubOrder[]) {
  if (!subOrders.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: sellers }] = await Promise.all([
    query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: subOrders.map((s) => s.order_id) } }),
    query.graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: sellerId } }),
  ])
  const locationId = sellers[0]?.stock_location?.id
  return subOrders.flatMap((sub) => {
    const order = orders.find((o) => o.id === sub.order_id)
    if (!order) return []
    const own = new Set(sub.line_item_ids as string[])
    const amounts = Object.fromEntries(AMOUNTS.map((key) => [key, sub[key]]))
    return [
      {
        id: order.id,
        display_id: order.display_id,
        email: order.email,
        created_at: order.created_at,
        currency_code: order.currency_code,
        shipping_address: order.shipping_address,
        shipping_methods: order.shipping_methods,
        sub_order_id: sub.id,
        ...amounts,
        // Medusa keeps an order line's quantity on its detail record.
        items: (order.items ?? [])
          .filter((item) => item && own.has(item.id))
          .map((item) => ({ ...item, quantity: Number(item!.detail?.quantity ?? 0) })),
        fulfillments: (order.fulfillments ?? []).filter((f) => f && f.location_id === locationId),
      },
    ]
  })
}

export async function listSellerSubOrders(
  container: MedusaContainer,
  sellerId: string,
  filters: { order_id?: string; fulfillment_status?: string },
  page: { skip: number; take: number }
) {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  if (!sellerId) return [[], 0] as const
  return service.listAndCountSubOrders(
    { seller_id: sellerId, ...filters } as never,
    { ...page, order: { created_at: "DESC" } }
  )
}

/** One order as the seller sees it; an order without this seller's items is "not found". */
export async function vendorOrder(req: VendorRequest) {
  const [subOrders] = await listSellerSubOrders(req.scope, req.seller.id, { order_id: req.params.id }, { skip: 0, take: 1 })
  const [order] = await readVendorOrders(req.scope, req.seller.id, [...subOrders])
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  return order
}
