import { creditNoteFor } from "../credit-note"

const order = { id: "order_01", display_id: 1042 }
const invoice = {
  voucherNumber: "RE0007",
  address: { contactId: "c0ffee00-0000-4000-8000-000000000001" },
  totalPrice: { currency: "EUR", totalNetAmount: 71.5, totalGrossAmount: 80.0, totalTaxAmount: 8.5 },
  // 59.50 gross at 19 %, 20.50 gross at 7 %.
  taxAmounts: [
    { taxRatePercentage: 19, netAmount: 50.0, taxAmount: 9.5 },
    { taxRatePercentage: 7, netAmount: 19.16, taxAmount: 1.34 },
  ],
}
const options = { unit_name: "Stück" }
const gross = (body: ReturnType<typeof creditNoteFor>) =>
  body.lineItems.map((line) => ("unitPrice" in line ? [line.unitPrice.taxRatePercentage, line.unitPrice.grossAmount] : []))

describe("creditNoteFor", () => {
  it("splits the refund over the invoice's rates in proportion, exact to the cent", () => {
    const body = creditNoteFor({ id: "ref_01", amount: 10, note: "Damaged parcel", created_at: "2026-01-20T08:00:00Z" }, order, invoice, options)
    // 10.00 × 59.50 / 80.00 = 7.4375 → 7.43; the last rate takes 2.57.
    expect(gross(body)).toEqual([
      [19, 7.43],
      [7, 2.57],
    ])
    expect(body).toMatchObject({
      voucherDate: "2026-01-20T08:00:00.000Z",
      address: { contactId: invoice.address.contactId },
      totalPrice: { currency: "EUR" },
      taxConditions: { taxType: "gross" },
      introduction: "Order #1042 (order_01), invoice RE0007, refund ref_01",
    })
    expect(body.lineItems[0]).toMatchObject({ type: "custom", name: "Refund", description: "Damaged parcel", quantity: 1, unitName: "Stück" })
    expect(body).not.toHaveProperty("shippingConditions")
  })

  it("credits the whole invoice rate by rate", () => {
    expect(gross(creditNoteFor({ amount: "80.00", created_at: new Date("2026-01-20T08:00:00Z") }, order, invoice, options))).toEqual([
      [19, 59.5],
      [7, 20.5],
    ])
  })

  it("leaves out the rates a tiny refund gives nothing to", () => {
    expect(gross(creditNoteFor({ amount: 0.01, created_at: "2026-01-20" }, order, invoice, options))).toEqual([[7, 0.01]])
  })

  it("addresses the invoice's printed address when it has no contact", () => {
    const printed = { ...invoice, address: { contactId: undefined, name: "Erika Muster", street: "Hauptstr. 1", zip: "10115", city: "Berlin", countryCode: "DE" } }
    expect(creditNoteFor({ amount: 1, created_at: "2026-01-20" }, order, printed, options).address).toEqual({
      name: "Erika Muster",
      street: "Hauptstr. 1",
      zip: "10115",
      city: "Berlin",
      countryCode: "DE",
    })
  })

  it("refuses refunds of nothing, of more than the invoice, and in other currencies", () => {
    expect(() => creditNoteFor({ amount: 0, created_at: "2026-01-20" }, order, invoice, options)).toThrow(
      "Lexoffice: a refund of 0.00 EUR cannot be credited on invoice RE0007 of 80.00 EUR"
    )
    expect(() => creditNoteFor({ amount: 80.01, created_at: "2026-01-20" }, order, invoice, options)).toThrow("cannot be credited")
    const dollars = { ...invoice, totalPrice: { ...invoice.totalPrice, currency: "USD" } }
    expect(() => creditNoteFor({ amount: 1, created_at: "2026-01-20" }, order, dollars, options)).toThrow("EUR only")
  })
})
