import "server-only"

import { cache } from "react"

import { orderIdSchema } from "@/lib/workspace/fulfilment"
import type { FulfillmentStatus, VendorOrder } from "@/lib/workspace/types"

import { vendorFetch } from "./vendor"
import { retrieveOwn } from "./vendor-products"

export const ORDERS_PAGE_SIZE = 20

/** One page of the orders with the signed-in seller's items, newest first, optionally of one status. */
export async function listVendorOrders({
  status,
  page,
}: {
  status: FulfillmentStatus | null
  page: number
}): Promise<{ orders: VendorOrder[]; count: number }> {
  const { orders, count } = await vendorFetch<{ orders: VendorOrder[]; count: number }>("/vendor/orders", {
    query: {
      limit: ORDERS_PAGE_SIZE,
      offset: (page - 1) * ORDERS_PAGE_SIZE,
      ...(status ? { fulfillment_status: status } : {}),
    },
  })
  return { orders, count }
}

/**
 * One order as the signed-in seller sees it (its own items, parcels and amounts); null for a malformed id, or as
 * retrieveOwn (an order without this seller's items is a 404). Read once per request.
 */
export const retrieveVendorOrder = cache(async (orderId: string) =>
  orderIdSchema.safeParse(orderId).success ? retrieveOwn<VendorOrder>(`/vendor/orders/${orderId}`, "order") : null
)
