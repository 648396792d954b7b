import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lexofficeOf, LexofficeSyncRecord } from "./service"

/**
 * The voucher's payment state as Lexoffice has it now. Only `balanced` is paid (a partial payment
 * leaves `openRevenue`); `paid_at` is when it first was.
 */
export const recordPaymentStep = createStep(
  "record-lexoffice-payment",
  async ({ sync }: { sync: LexofficeSyncRecord | null }, { container }) => {
    if (!sync?.voucher_id) return new StepResponse(null)
    const lexoffice = lexofficeOf(container)
    const payment = await lexoffice.client.payment(sync.voucher_id)
    const balanced = payment.paymentStatus === "balanced"
    const paidAt = balanced ? (sync.paid_at ?? (payment.paidDate ? new Date(payment.paidDate) : new Date())) : null
    const updated = await lexoffice.updateLexofficeSyncs({ id: sync.id, payment_status: payment.paymentStatus, paid_at: paidAt })
    return new StepResponse(updated, { id: sync.id, payment_status: sync.payment_status, paid_at: sync.paid_at })
  },
  async (previous, { container }) => {
    if (!previous) return
    await lexofficeOf(container).updateLexofficeSyncs(previous)
  }
)
