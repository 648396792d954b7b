import { BigNumberInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { formatCents, fromCents, toCents } from "./amounts"
import { LexofficeAddress, LexofficeCreditNoteBody, LexofficeInvoice } from "./client"
import { euro, LexofficeOrder, orderReference, voucherDate } from "./invoice"
import { LexofficeOptions } from "./options"

/** A refund of the order as Medusa records it; `amount` gross, in major units. */
export type LexofficeRefund = {
  id?: string
  amount: BigNumberInput
  note?: string | null
  created_at: string | Date
}

/**
 * The body of a finalized credit note for a refund of the order's invoice, to the invoice's recipient.
 * A refund does not say which items it pays back, so it is split over the invoice's tax rates in
 * proportion to each rate's gross: one line per rate, each rounded down to the cent, the last rate
 * taking the remainder so that the lines add up to the refund exactly.
 */
export function creditNoteFor(
  refund: LexofficeRefund,
  order: Pick<LexofficeOrder, "id" | "display_id">,
  invoice: Pick<LexofficeInvoice, "address" | "voucherNumber" | "taxAmounts" | "totalPrice">,
  options: Pick<LexofficeOptions, "unit_name">
): LexofficeCreditNoteBody {
  const currency = euro(invoice.totalPrice.currency, order.id)
  const amount = toCents(refund.amount)
  const rates = invoice.taxAmounts
    .map((t) => ({ rate: t.taxRatePercentage, gross: toCents(t.netAmount) + toCents(t.taxAmount) }))
    .filter((t) => t.gross > 0)
  const invoiced = rates.reduce((sum, t) => sum + t.gross, 0)
  if (amount <= 0 || amount > invoiced) {
    const on = invoice.voucherNumber ? `invoice ${invoice.voucherNumber}` : "the invoice"
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Lexoffice: a refund of ${formatCents(amount, currency)} cannot be credited on ${on} of ${formatCents(invoiced, currency)}`
    )
  }

  let left = amount
  const shares = rates.map((t, i) => {
    // BigInt: amount × gross may pass 2^53 for large invoices.
    const cents = i === rates.length - 1 ? left : Number((BigInt(amount) * BigInt(t.gross)) / BigInt(invoiced))
    left -= cents
    return { rate: t.rate, cents }
  })

  const note = refund.note?.trim()
  const reference = [orderReference(order), invoice.voucherNumber && `invoice ${invoice.voucherNumber}`, refund.id && `refund ${refund.id}`]
  return {
    voucherDate: voucherDate(refund.created_at),
    address: recipient(invoice.address),
    lineItems: shares
      .filter((share) => share.cents > 0)
      .map((share) => ({
        type: "custom",
        name: "Refund",
        ...(note ? { description: note } : {}),
        quantity: 1,
        unitName: options.unit_name,
        unitPrice: { currency, grossAmount: fromCents(share.cents), taxRatePercentage: share.rate },
      })),
    totalPrice: { currency },
    taxConditions: { taxType: "gross" },
    introduction: reference.filter(Boolean).join(", "),
  }
}

/** The invoice's recipient as a create takes it: its contact, or its printed address without Lexoffice's nulls. */
function recipient(address: LexofficeInvoice["address"]): LexofficeAddress {
  if (address.contactId) return { contactId: address.contactId }
  return Object.fromEntries(
    Object.entries(address).filter(([name, value]) => name !== "contactId" && typeof value === "string" && value)
  ) as LexofficeAddress
}
