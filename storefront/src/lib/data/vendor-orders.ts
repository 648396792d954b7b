import "server-only"

import { cache } from "react"

import { orderIdSchema } from "@/lib/workspace/fulfilment"
import type { FulfillmentStatus, VendorOrder } from "@/lib/workspace/types"

import { getSellerToken } from "./cookies"
import { statusOf } from "./customer-reads"
import { vendorFetch } from "./vendor"

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
 * One order as the signed-in seller sees it (its own items, parcels and amounts); null for a malformed id, an
 * order without this seller's items (a 404 from the Vendor API) or nobody signed in. Read once per request.
 */
export const retrieveVendorOrder = cache(async (orderId: string): Promise<VendorOrder | null> => {
  if (!orderIdSchema.safeParse(orderId).success || !(await getSellerToken())) return null
  try {
    return (await vendorFetch<{ order: VendorOrder }>(`/vendor/orders/${orderId}`)).order
  } catch (error) {
    const status = statusOf(error)
    if (status === 404 || status === 401) return null
    throw error
  }
})
