import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LexofficeInvoice } from "../../lib/client"
import { creditNoteFor, LexofficeRefund } from "../../lib/credit-note"
import { findVoucher } from "./find-voucher"
import { SyncOrder } from "./load-order"
import { lexofficeOf, LexofficeSyncRecord } from "./service"

export type FindOrCreateCreditNoteInput = {
  sync: LexofficeSyncRecord
  order: Pick<SyncOrder, "id" | "display_id">
  refund: LexofficeRefund & { id: string }
  invoice: Pick<LexofficeInvoice, "id" | "address" | "voucherNumber" | "taxAmounts" | "totalPrice">
}

/**
 * The refund's finalized credit note on the order's invoice: the one recorded, else one an earlier
 * attempt created (found by `refund <id>` in its introduction), else a new one. Never undone, as the
 * invoice's.
 */
export const findOrCreateCreditNoteStep = createStep(
  "find-or-create-lexoffice-credit-note",
  async ({ sync, order, refund, invoice }: FindOrCreateCreditNoteInput, { container }) => {
    if (sync.voucher_id) return new StepResponse(sync.voucher_id)
    const { client, options } = lexofficeOf(container)
    const reference = `refund ${refund.id}`
    const found = await findVoucher(client, {
      voucherType: "creditnote",
      contactId: invoice.address.contactId,
      since: sync.first_attempt_at ?? new Date(),
      isIt: async (id) => !!(await client.creditNote(id)).introduction?.includes(reference),
    })
    if (found) return new StepResponse(found)
    const created = await client.createCreditNote(creditNoteFor(refund, order, invoice, options), invoice.id)
    return new StepResponse(created.id)
  }
)
