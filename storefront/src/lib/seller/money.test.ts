import { describe, expect, it } from "vitest"

import { amountOf, formatTick, sumMoney } from "./money"

const nbsp = (value: string) => value.replace(/\u00a0/g, " ")

describe("amountOf", () => {
  it("reads numbers and numeric strings, anything else as 0", () => {
    expect(amountOf(12.5)).toBe(12.5)
    expect(amountOf("40.1")).toBe(40.1)
    expect(amountOf("-3")).toBe(-3)
    expect(amountOf(null)).toBe(0)
    expect(amountOf("abc")).toBe(0)
    expect(amountOf({ value: "1" })).toBe(0)
  })
})

describe("sumMoney", () => {
  it("sums to the cent", () => {
    expect(sumMoney([0.1, 0.2])).toBe(0.3)
    expect(sumMoney([16.5, 31.5, -4.99])).toBe(43.01)
    expect(sumMoney([])).toBe(0)
  })
})

describe("formatTick", () => {
  it("leaves out cents on whole amounts, per currency and locale", () => {
    expect(formatTick(20, "eur", "en")).toBe("€20")
    expect(nbsp(formatTick(1500, "eur", "de"))).toBe("1.500 €")
    expect(formatTick(40, "gbp", "en")).toBe("£40")
  })

  it("shows cents where the step needs them", () => {
    expect(formatTick(2.5, "eur", "en")).toBe("€2.50")
    expect(nbsp(formatTick(0.2, "eur", "el"))).toBe("0,20 €")
  })
})
