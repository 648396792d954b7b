import { model } from "@medusajs/framework/utils"
import { PayoutLine } from "./payout-line"

// processing: handed to the provider, whose answer is not recorded yet; such a payout is never
// rolled back or paid again, an operator reconciles it.
export const PAYOUT_STATUSES = ["pending", "processing", "paid", "failed"] as const

/** A transfer of a seller's payable lines, made through a payout provider. */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "po" }).primaryKey(),
    seller_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    status: model.enum([...PAYOUT_STATUSES]).default("pending"),
    provider_id: model.text(),
    provider_reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
    lines: model.hasMany(() => PayoutLine, { mappedBy: "payout" }),
  })
  .indexes([{ on: ["seller_id", "status"] }])
