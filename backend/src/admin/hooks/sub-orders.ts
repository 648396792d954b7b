import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { List, SubOrder } from "../lib/types"

/** Each seller's part of an order (an order has one sub-order per seller). */
export function useSubOrders(orderId: string) {
  return useQuery({
    queryKey: ["sub-orders", orderId],
    queryFn: () =>
      sdk.client.fetch<List<"sub_orders", SubOrder>>("/admin/sub-orders", { query: { order_id: orderId, limit: 100 } }),
  })
}
