import { model } from "@medusajs/framework/utils"
import { Payout } from "./payout"

export const PAYOUT_LINE_STATUSES = ["pending", "payable", "paid"] as const

/**
 * A signed entry in a seller's ledger: a sale (its payout share of an order) or a refund reversing
 * part of it. `reference` is the sub-order id for a sale and the refund id for a refund, so
 * replaying the same event can never book it twice.
 */
export const PayoutLine = model
  .define("payout_line", {
    id: model.id({ prefix: "pol" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    sub_order_id: model.text(),
    type: model.enum(["sale", "refund"]),
    reference: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    commission_amount: model.bigNumber(),
    status: model.enum([...PAYOUT_LINE_STATUSES]).default("pending"),
    payout: model.belongsTo(() => Payout, { mappedBy: "lines" }).nullable(),
  })
  .indexes([
    { on: ["type", "reference"], unique: true, where: "deleted_at IS NULL" },
    { on: ["seller_id", "status"] },
  ])
