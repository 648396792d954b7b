import { model } from "@medusajs/framework/utils"

export const SELLER_FULFILLMENT_STATUSES = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const
/** A sub-order delivered within this many days of the order counts as on time in the seller's rating. */
export const ON_TIME_DAYS = 7

export type SellerFulfillmentStatus = (typeof SELLER_FULFILLMENT_STATUSES)[number]

/**
 * A sub-order: one seller's part of an order, with its amounts fixed when the order was placed. Amounts are in
 * major units and include VAT, like Medusa's order totals.
 */
export const SubOrder = model
  .define("sub_order", {
    id: model.id({ prefix: "subord" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    currency_code: model.text(),
    // The order's line items that are this seller's, fixed when the order was placed.
    line_item_ids: model.array(),
    item_total: model.bigNumber(),
    discount_total: model.bigNumber(),
    tax_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    commission_rate: model.bigNumber(),
    commission_total: model.bigNumber(),
    payout_total: model.bigNumber(),
    fulfillment_status: model.enum([...SELLER_FULFILLMENT_STATUSES]).default("not_fulfilled"),
    // When the last of its items was delivered (the seller's delivery record counts it as on time or late).
    delivered_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["seller_id", "order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
  ])
