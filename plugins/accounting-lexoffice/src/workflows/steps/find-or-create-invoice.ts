import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invoiceFor, orderReference } from "../../lib/invoice"
import { findVoucher } from "./find-voucher"
import { SyncOrder } from "./load-order"
import { lexofficeOf, LexofficeSyncRecord } from "./service"

export type FindOrCreateInvoiceInput = { sync: LexofficeSyncRecord; order: SyncOrder; contact_id: string | null }

/**
 * The order's finalized invoice: the one recorded, else one an earlier attempt created (found by the
 * order reference in its introduction), else a new one. A finalized invoice cannot be deleted, so
 * nothing is undone; the next step records its id at once.
 */
export const findOrCreateInvoiceStep = createStep(
  "find-or-create-lexoffice-invoice",
  async ({ sync, order, contact_id }: FindOrCreateInvoiceInput, { container }) => {
    if (sync.voucher_id) return new StepResponse(sync.voucher_id)
    const { client, options } = lexofficeOf(container)
    const reference = orderReference(order)
    const found = await findVoucher(client, {
      voucherType: "invoice",
      contactId: contact_id,
      since: sync.first_attempt_at ?? new Date(),
      isIt: async (id) => !!(await client.invoice(id)).introduction?.includes(reference),
    })
    if (found) return new StepResponse(found)
    const created = await client.createInvoice(invoiceFor(order, options, contact_id ?? undefined))
    return new StepResponse(created.id)
  }
)
