import { model } from "@medusajs/framework/utils"

export const SYNC_KINDS = ["invoice", "credit_note"] as const
export const SYNC_STATUSES = ["pending", "synced", "failed", "dead"] as const

/**
 * One voucher Lexoffice should have: the invoice of an order or the credit note of a refund. The
 * reference makes each exist once however often its event arrives. `pending` until synced; `failed`
 * waits for `next_attempt_at`; `dead` after the plugin's `max_attempts` (an operator retries it).
 */
export const LexofficeSync = model
  .define("lexoffice_sync", {
    id: model.id({ prefix: "lxs" }).primaryKey(),
    kind: model.enum([...SYNC_KINDS]),
    // `invoice:<order_id>` or `credit_note:<refund_id>`.
    reference: model.text(),
    order_id: model.text(),
    refund_id: model.text().nullable(),
    // The refund's amount (major units) for a credit note.
    amount: model.bigNumber().nullable(),
    status: model.enum([...SYNC_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    // Reconciliation looks for vouchers created since then: a create that timed out may have happened.
    first_attempt_at: model.dateTime().nullable(),
    contact_id: model.text().nullable(),
    voucher_id: model.text().nullable(),
    voucher_number: model.text().nullable(),
    // The PDF, kept in Medusa's file module.
    file_id: model.text().nullable(),
    // Lexoffice's: balanced (paid) | openRevenue | openExpense.
    payment_status: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["reference"], unique: true },
    { on: ["status", "next_attempt_at"] },
    { on: ["order_id"] },
    { on: ["voucher_id"] },
  ])
