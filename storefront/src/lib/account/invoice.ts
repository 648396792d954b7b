// When an order's invoice can exist, and how the storefront passes the PDF on (pure, for the route and its test).

/**
 * Payment states of an order whose payment was authorized at some point. Lexoffice invoices an order when it
 * is placed (the accounting plugin's default trigger) or once its payment is captured (the other one), and
 * Medusa places an order only with an authorized payment; so an order whose payment never got that far (not
 * paid, awaiting, action required) has no invoice. A refunded or canceled one keeps the invoice it got.
 */
const AUTHORIZED = new Set([
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "partially_refunded",
  "refunded",
  "canceled",
])

/** Whether to offer the order's invoice. The backend may still say "not yet" (it is made in the background). */
export function mayHaveInvoice(order: { currency_code: string; payment_status: string }): boolean {
  // The plugin invoices EUR orders only.
  return order.currency_code.toLowerCase() === "eur" && AUTHORIZED.has(order.payment_status)
}

/** Why an invoice download came back to the order page; anything else in the query is no notice. */
export type InvoiceNotice = "unavailable" | "failed"

export function invoiceNotice(value: string | string[] | undefined): InvoiceNotice | undefined {
  return value === "unavailable" || value === "failed" ? value : undefined
}

/**
 * The download's headers: the backend's type and file name, and never stored by a shared cache (it is one
 * customer's document). Without the backend's, a PDF named after the order.
 */
export function invoiceHeaders(backend: Headers, orderId: string): Headers {
  return new Headers({
    "content-type": backend.get("content-type") ?? "application/pdf",
    "content-disposition": backend.get("content-disposition") ?? `attachment; filename="${orderId}.pdf"`,
    "cache-control": "private, no-store",
  })
}
