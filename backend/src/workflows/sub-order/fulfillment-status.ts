import { SellerFulfillmentStatus } from "../../modules/seller/models/sub-order"

export type ItemProgress = { quantity: number; fulfilled: number; shipped: number; delivered: number }

/** A seller's fulfilment status from its items' progress, the way Medusa derives an order's. */
export function fulfillmentStatus(items: ItemProgress[]): SellerFulfillmentStatus {
  const sum = (key: keyof ItemProgress) => items.reduce((n, item) => n + item[key], 0)
  const quantity = sum("quantity")
  const stages: [keyof ItemProgress, SellerFulfillmentStatus, SellerFulfillmentStatus][] = [
    ["delivered", "delivered", "partially_delivered"],
    ["shipped", "shipped", "partially_shipped"],
    ["fulfilled", "fulfilled", "partially_fulfilled"],
  ]
  for (const [key, all, some] of stages) {
    const done = sum(key)
    if (quantity > 0 && done >= quantity) return all
    if (done > 0) return some
  }
  return "not_fulfilled"
}
