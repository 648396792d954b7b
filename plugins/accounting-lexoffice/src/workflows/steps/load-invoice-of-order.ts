import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lexofficeOf } from "./service"

/**
 * The order's invoice at Lexoffice, which a credit note corrects. Until it is synced this fails, and
 * the credit note is tried again later.
 */
export const loadInvoiceOfOrderStep = createStep("load-lexoffice-invoice-of-order", async (orderId: string, { container }) => {
  const lexoffice = lexofficeOf(container)
  const [sync] = await lexoffice.listLexofficeSyncs({ reference: `invoice:${orderId}` })
  if (sync?.status !== "synced" || !sync.voucher_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Lexoffice: the invoice of order ${orderId} is not synced yet`)
  }
  const invoice = await lexoffice.client.invoice(sync.voucher_id)
  return new StepResponse({
    id: invoice.id,
    voucherNumber: invoice.voucherNumber,
    address: invoice.address,
    taxAmounts: invoice.taxAmounts,
    totalPrice: invoice.totalPrice,
  })
})
