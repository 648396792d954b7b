import { expectedTotals, invoiceFor, LexofficeOrder } from "../invoice"

const options = { unit_name: "Stück" }

/** 19 % and 7 % items, a discount, a quantity whose unit price is not whole cents, and shipping: 88.84 EUR. */
const order: LexofficeOrder = {
  id: "order_01JTEST",
  display_id: 1042,
  created_at: "2026-01-15T09:30:00.000Z",
  currency_code: "eur",
  email: "erika@example.com",
  items: [
    // 2 × 25.00 − 5.00 discount.
    { title: "T-Shirt", variant_title: "M / Black", quantity: 2, total: 45, discount_total: 5, tax_lines: [{ rate: 19 }] },
    // 3 × 10.65 − 2.00 discount = 29.95, not a multiple of 3 cents.
    { title: "Book", quantity: 3, total: "29.95", discount_total: "2.00", tax_lines: [{ rate: 7 }] },
    { title: "Coffee", product_title: "Coffee beans", quantity: 1, total: 8.99, discount_total: 0, tax_lines: [{ rate: 7 }] },
  ],
  shipping_methods: [{ name: "Standard shipping", total: 4.9, tax_lines: [{ rate: 19 }] }],
  billing_address: { first_name: "Erika", last_name: "Muster", company: "", address_1: "Hauptstr. 1", city: "Berlin", postal_code: "10115", country_code: "de" },
}

describe("invoiceFor", () => {
  it("maps an order to a gross invoice, a line per item and shipping method", () => {
    expect(invoiceFor(order, options)).toEqual({
      voucherDate: "2026-01-15T09:30:00.000Z",
      address: { name: "Erika Muster", street: "Hauptstr. 1", zip: "10115", city: "Berlin", countryCode: "DE" },
      lineItems: [
        {
          type: "custom",
          name: "T-Shirt",
          description: "M / Black\nincl. discount \u22125.00 EUR",
          quantity: 2,
          unitName: "Stück",
          unitPrice: { currency: "EUR", grossAmount: 22.5, taxRatePercentage: 19 },
        },
        {
          type: "custom",
          name: "3 \u00d7 Book",
          description: "incl. discount \u22122.00 EUR",
          quantity: 1,
          unitName: "Stück",
          unitPrice: { currency: "EUR", grossAmount: 29.95, taxRatePercentage: 7 },
        },
        { type: "custom", name: "Coffee", quantity: 1, unitName: "Stück", unitPrice: { currency: "EUR", grossAmount: 8.99, taxRatePercentage: 7 } },
        { type: "custom", name: "Standard shipping", quantity: 1, unitName: "Stück", unitPrice: { currency: "EUR", grossAmount: 4.9, taxRatePercentage: 19 } },
      ],
      totalPrice: { currency: "EUR" },
      taxConditions: { taxType: "gross" },
      shippingConditions: { shippingType: "delivery", shippingDate: "2026-01-15T09:30:00.000Z" },
      introduction: "Order #1042 (order_01JTEST)",
    })
  })

  it("addresses a contact when given one, and a company with the person as supplement", () => {
    expect(invoiceFor(order, options, "c0ffee00-0000-4000-8000-000000000001").address).toEqual({ contactId: "c0ffee00-0000-4000-8000-000000000001" })
    const company = { ...order, billing_address: { ...order.billing_address, company: "Muster GmbH" } }
    expect(invoiceFor(company, options).address).toMatchObject({ name: "Muster GmbH", supplement: "Erika Muster" })
  })

  it("puts untaxed shipping at 0 % and adds up split tax lines", () => {
    const body = invoiceFor(
      { ...order, items: [{ ...order.items[0], tax_lines: [{ rate: 5 }, { rate: 2 }] }], shipping_methods: [{ name: "Pickup", total: 0, tax_lines: [] }] },
      options
    )
    expect(body.lineItems.map((line) => ("unitPrice" in line ? line.unitPrice.taxRatePercentage : null))).toEqual([7, 0])
  })

  it("keeps the total exact when Medusa's totals have fractions of a cent", () => {
    const fractions: LexofficeOrder = {
      ...order,
      items: [
        { title: "A", quantity: 1, total: "3.333333", tax_lines: [{ rate: 19 }] },
        { title: "B", quantity: 1, total: "3.333333", tax_lines: [{ rate: 19 }] },
        { title: "C", quantity: 1, total: "3.333334", tax_lines: [{ rate: 7 }] },
      ],
      shipping_methods: [],
    }
    const amounts = invoiceFor(fractions, options).lineItems.map((line) => ("unitPrice" in line ? line.unitPrice.grossAmount : 0))
    // 19 %: 6.666666 → 6.67, the first line of equal fractions taking the cent; 7 %: 3.333334 → 3.33.
    expect(amounts).toEqual([3.34, 3.33, 3.33])
    expect(expectedTotals(fractions).totalGrossAmount).toBe(10)
    expect(expectedTotals(fractions).taxAmounts.map((t) => t.grossAmount)).toEqual([3.33, 6.67])
  })

  it("refuses what Lexoffice cannot invoice", () => {
    expect(() => invoiceFor({ ...order, currency_code: "usd" }, options)).toThrow("Lexoffice: order order_01JTEST is in USD; Lexoffice vouchers are in EUR only")
    expect(() => invoiceFor({ ...order, items: [], shipping_methods: null }, options)).toThrow("has no items")
    expect(() => invoiceFor({ ...order, billing_address: null }, options)).toThrow("has no billing address to invoice; give a contact")
    expect(() => invoiceFor({ ...order, created_at: "yesterday" }, options)).toThrow("is not a date")
  })
})

describe("expectedTotals", () => {
  it("computes per rate what Lexoffice does for a gross invoice", () => {
    expect(expectedTotals(order)).toEqual({
      totalGrossAmount: 88.84,
      totalNetAmount: 78.32,
      totalTaxAmount: 10.52,
      taxAmounts: [
        // 38.94 / 1.07 = 36.392…
        { taxRatePercentage: 7, grossAmount: 38.94, netAmount: 36.39, taxAmount: 2.55 },
        // 49.90 / 1.19 = 41.932…
        { taxRatePercentage: 19, grossAmount: 49.9, netAmount: 41.93, taxAmount: 7.97 },
      ],
    })
  })
})
