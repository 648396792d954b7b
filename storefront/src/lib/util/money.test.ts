import { describe, expect, it } from "vitest"

import { formatMoney } from "./money"

// Intl separates the amount and "€" with a no-break space in de and el.
const nbsp = (value: string) => value.replace(/\u00a0/g, " ")

describe("formatMoney", () => {
  it("formats major units in the visitor's locale", () => {
    expect(formatMoney(12.5, "eur", "en")).toBe("€12.50")
    expect(nbsp(formatMoney(12.5, "eur", "de"))).toBe("12,50 €")
    expect(nbsp(formatMoney(12.5, "EUR", "el"))).toBe("12,50 €")
  })

  it("groups thousands per locale", () => {
    expect(formatMoney(1234.5, "eur", "en")).toBe("€1,234.50")
    expect(nbsp(formatMoney(1234.5, "eur", "de"))).toBe("1.234,50 €")
  })

  it("formats zero and rejects unknown currencies", () => {
    expect(formatMoney(0, "eur", "en")).toBe("€0.00")
    expect(() => formatMoney(1, "euro", "en")).toThrow(RangeError)
  })
})
