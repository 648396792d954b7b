import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { completeSyncStep } from "./steps/complete-sync"
import { ensureContactStep } from "./steps/ensure-contact"
import { findOrCreateInvoiceStep } from "./steps/find-or-create-invoice"
import { loadOrderStep } from "./steps/load-order"
import { loadSyncStep } from "./steps/load-sync"
import { recordVoucherStep } from "./steps/record-voucher"
import { startAttemptStep } from "./steps/start-attempt"
import { storeVoucherFileStep } from "./steps/store-voucher-file"

export type SyncVoucherInput = { sync_id: string }

/**
 * The order's finalized invoice at Lexoffice, its number and its PDF, once: under the record's lock,
 * a synced record is left as it is, and an invoice an earlier attempt created is found again before
 * a new one is made. Fails (to be retried by `runSync`) when Lexoffice does.
 */
export const syncInvoiceWorkflow = createWorkflow("sync-lexoffice-invoice", (input: SyncVoucherInput) => {
  const key = transform({ input }, ({ input }) => `lexoffice:${input.sync_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const sync = loadSyncStep(input.sync_id)

  const synced = when("lexoffice-invoice-not-synced", { sync }, ({ sync }) => sync.status !== "synced").then(() => {
    const order = loadOrderStep(sync.order_id)
    const started = startAttemptStep(sync.id)
    const contactId = ensureContactStep(order)
    const voucherId = findOrCreateInvoiceStep({ sync: started, order, contact_id: contactId })
    recordVoucherStep({ id: sync.id, voucher_id: voucherId, contact_id: contactId })
    const file = storeVoucherFileStep({ kind: "invoice" as const, voucher_id: voucherId })
    return completeSyncStep(transform({ sync, file }, ({ sync, file }) => ({ id: sync.id, ...file })))
  })

  releaseLockStep({ key })
  return new WorkflowResponse(transform({ sync, synced }, ({ sync, synced }) => synced ?? sync))
})
