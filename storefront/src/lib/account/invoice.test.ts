import { describe, expect, it } from "vitest"

import { invoiceHeaders, invoiceNotice, mayHaveInvoice } from "./invoice"

describe("mayHaveInvoice", () => {
  it("offers the invoice of a EUR order whose payment was authorized, captured, refunded or canceled", () => {
    for (const status of ["authorized", "captured", "partially_captured", "partially_refunded", "refunded", "canceled"]) {
      expect(mayHaveInvoice({ currency_code: "eur", payment_status: status })).toBe(true)
    }
    expect(mayHaveInvoice({ currency_code: "EUR", payment_status: "captured" })).toBe(true)
  })

  it("offers none while the payment never got as far as an authorization", () => {
    for (const status of ["not_paid", "awaiting", "requires_action"]) {
      expect(mayHaveInvoice({ currency_code: "eur", payment_status: status })).toBe(false)
    }
  })

  it("offers none for an order in another currency, which the accounting plugin does not invoice", () => {
    expect(mayHaveInvoice({ currency_code: "usd", payment_status: "captured" })).toBe(false)
  })
})

describe("invoiceNotice", () => {
  it("reads the two notices and ignores anything else", () => {
    expect(invoiceNotice("unavailable")).toBe("unavailable")
    expect(invoiceNotice("failed")).toBe("failed")
    expect(invoiceNotice("<script>")).toBeUndefined()
    expect(invoiceNotice(["unavailable", "failed"])).toBeUndefined()
    expect(invoiceNotice(undefined)).toBeUndefined()
  })
})

describe("invoiceHeaders", () => {
  it("passes on the backend's type and file name and keeps shared caches out", () => {
    const backend = new Headers({
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="RE0042.pdf"',
      "x-powered-by": "Express",
      "set-cookie": "connect.sid=abc",
    })
    const headers = invoiceHeaders(backend, "order_01")
    expect(Object.fromEntries(headers)).toEqual({
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="RE0042.pdf"',
      "cache-control": "private, no-store",
    })
  })

  it("names the PDF after the order when the backend gives no name", () => {
    const headers = invoiceHeaders(new Headers(), "order_01")
    expect(headers.get("content-type")).toBe("application/pdf")
    expect(headers.get("content-disposition")).toBe('attachment; filename="order_01.pdf"')
  })
})
