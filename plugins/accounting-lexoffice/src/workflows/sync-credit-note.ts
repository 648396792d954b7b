import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { completeSyncStep } from "./steps/complete-sync"
import { findOrCreateCreditNoteStep } from "./steps/find-or-create-credit-note"
import { loadInvoiceOfOrderStep } from "./steps/load-invoice-of-order"
import { loadOrderStep } from "./steps/load-order"
import { loadRefundStep } from "./steps/load-refund"
import { loadSyncStep } from "./steps/load-sync"
import { recordVoucherStep } from "./steps/record-voucher"
import { startAttemptStep } from "./steps/start-attempt"
import { storeVoucherFileStep } from "./steps/store-voucher-file"
import { SyncVoucherInput } from "./sync-invoice"

/**
 * The refund's finalized credit note on the order's invoice, its number and its PDF, once (as the
 * invoice's). Fails while the order's invoice is not synced, so it is retried after it.
 */
export const syncCreditNoteWorkflow = createWorkflow("sync-lexoffice-credit-note", (input: SyncVoucherInput) => {
  const key = transform({ input }, ({ input }) => `lexoffice:${input.sync_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const sync = loadSyncStep(input.sync_id)

  const synced = when("lexoffice-credit-note-not-synced", { sync }, ({ sync }) => sync.status !== "synced").then(() => {
    const invoice = loadInvoiceOfOrderStep(sync.order_id)
    const order = loadOrderStep(sync.order_id)
    const refund = loadRefundStep(transform({ sync }, ({ sync }) => sync.refund_id!))
    const started = startAttemptStep(sync.id)
    const voucherId = findOrCreateCreditNoteStep({ sync: started, order, refund, invoice })
    recordVoucherStep({ id: sync.id, voucher_id: voucherId, contact_id: transform({ invoice }, ({ invoice }) => invoice.address.contactId ?? null) })
    const file = storeVoucherFileStep({ kind: "credit_note" as const, voucher_id: voucherId })
    return completeSyncStep(transform({ sync, file }, ({ sync, file }) => ({ id: sync.id, ...file })))
  })

  releaseLockStep({ key })
  return new WorkflowResponse(transform({ sync, synced }, ({ sync, synced }) => synced ?? sync))
})
