import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { invoiceHeaders } from "@/lib/account/invoice"
import { sellerTimelines, type SellerTimeline, type TimelineFulfillment } from "@/lib/account/timeline"

import { getAuthToken } from "./cookies"
import { forgetToken, medusaFetch, retrieveCustomer, statusOf } from "./customer-reads"
import { sellersOfProducts } from "./products"

export const ORDERS_PAGE_SIZE = 10

const ORDER_ID = /^order_[A-Za-z0-9]{1,64}$/

const LIST_FIELDS = "id,display_id,status,created_at,currency_code,total,payment_status,fulfillment_status,*items"

const DETAIL_FIELDS = [
  "id,display_id,status,created_at,email,currency_code,customer_id,payment_status,fulfillment_status",
  "total,subtotal,item_total,shipping_total,tax_total,discount_total",
  "*items,*items.detail",
  "*shipping_address,*billing_address,*shipping_methods",
  "*payment_collections,*payment_collections.payments",
  "*fulfillments",
  // Which lines each parcel holds and its tracking; the backend allows these on the store order routes.
  "+fulfillments.items.line_item_id,+fulfillments.items.quantity,+fulfillments.labels.tracking_number,+fulfillments.labels.tracking_url",
].join(",")

export type AccountOrderItem = HttpTypes.StoreOrderLineItem
export type AccountOrder = Omit<HttpTypes.StoreOrder, "fulfillments"> & {
  fulfillments?: (HttpTypes.StoreOrderFulfillment & Pick<TimelineFulfillment, "items" | "labels">)[]
}
export type OrderDetail = { order: AccountOrder; parts: SellerTimeline<AccountOrderItem>[] }

/** The signed-in customer's orders, newest first; none for a guest or an expired token. */
export async function listOrders({ limit, offset }: { limit: number; offset: number }): Promise<{
  orders: HttpTypes.StoreOrder[]
  count: number
}> {
  const token = await getAuthToken()
  if (!token) return { orders: [], count: 0 }
  try {
    const { orders, count } = await medusaFetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
      token,
      query: {
        limit: Math.min(Math.max(Math.trunc(limit), 1), 50),
        offset: Math.max(Math.trunc(offset), 0),
        order: "-created_at",
        fields: LIST_FIELDS,
      },
    })
    return { orders, count }
  } catch (error) {
    if (statusOf(error) !== 401) throw error
    await forgetToken()
    return { orders: [], count: 0 }
  }
}

/**
 * One of the signed-in customer's orders, grouped by seller with a timeline each; null when it does not
 * exist or is someone else's (both are "not found"). Read once per request (metadata and page share it).
 */
export const retrieveOrder = cache(async (id: string): Promise<OrderDetail | null> => {
  if (!ORDER_ID.test(id)) return null
  const [customer, token] = await Promise.all([retrieveCustomer(), getAuthToken()])
  if (!customer || !token) return null
  const order = await fetchOrder(id, token)
  // Medusa answers GET /store/orders/:id to anyone who knows the id, so ownership is checked here.
  if (!order?.customer_id || order.customer_id !== customer.id) return null
  return withParts(order)
})

/**
 * Any order by its id, for the order status page a guest reaches from the confirmation or the order
 * lookup (the id, an unguessable ULID, is the key, as in Medusa's own store route).
 */
export const retrieveOrderById = cache(async (id: string): Promise<OrderDetail | null> => {
  if (!ORDER_ID.test(id)) return null
  const order = await fetchOrder(id)
  return order ? withParts(order) : null
})

async function fetchOrder(id: string, token?: string): Promise<AccountOrder | null> {
  try {
    const { order } = await medusaFetch<{ order: AccountOrder }>(`/store/orders/${id}`, { token, query: { fields: DETAIL_FIELDS } })
    return order
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}

async function withParts(order: AccountOrder): Promise<OrderDetail> {
  // The seller comes from the product (the seller-product link, which the Store API's product routes
  // expose); line items carry no seller. Without it the items still show, under "other items".
  const productIds = (order.items ?? []).flatMap((item) => (item.product_id ? [item.product_id] : []))
  const sellers = await sellersOfProducts(productIds).catch((error: Error) => {
    console.error(`Sellers of order ${order.id} unavailable: ${error.message}`)
    return new Map()
  })
  return { order, parts: sellerTimelines(order, sellers) }
}

export type Invoice =
  | { ok: true; body: ReadableStream<Uint8Array>; headers: Headers }
  | { ok: false; reason: "signedOut" | "expired" | "unavailable" | "failed" }

/**
 * The signed-in customer's invoice of an order, as the backend's PDF stream. "unavailable" when the backend
 * has none (not issued yet, or someone else's order: both 404).
 */
export async function fetchInvoice(id: string): Promise<Invoice> {
  if (!ORDER_ID.test(id)) return { ok: false, reason: "unavailable" }
  const token = await getAuthToken()
  if (!token) return { ok: false, reason: "signedOut" }
  try {
    const response = await medusaFetch<Response>(`/store/orders/${id}/invoice`, { token, accept: "application/pdf" })
    if (!response.body) throw new Error("the backend sent no PDF")
    return { ok: true, body: response.body, headers: invoiceHeaders(response.headers, id) }
  } catch (error) {
    const status = statusOf(error)
    if (status === 404) return { ok: false, reason: "unavailable" }
    if (status === 401) {
      await forgetToken()
      return { ok: false, reason: "expired" }
    }
    console.error(`Invoice of order ${id} unavailable: ${(error as Error).message}`)
    return { ok: false, reason: "failed" }
  }
}
