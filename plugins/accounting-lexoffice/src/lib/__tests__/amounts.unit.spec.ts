import { BigNumber } from "@medusajs/framework/utils"
import { apportion, exactCents, formatCents, fromCents, toCents } from "../amounts"

describe("toCents", () => {
  it("converts exactly, whatever form Medusa gives the amount in", () => {
    expect(toCents(19.99)).toBe(1999)
    expect(toCents("19.99")).toBe(1999)
    expect(toCents(new BigNumber("19.99"))).toBe(1999)
    expect(toCents({ value: "19.990000000000000000", precision: 20 })).toBe(1999)
    expect(toCents(0.29)).toBe(29)
    expect(toCents(1.005)).toBe(101)
  })

  it("rounds fractions of a cent half away from zero", () => {
    expect(toCents("9.996")).toBe(1000)
    expect(toCents("9.994999")).toBe(999)
    expect(toCents("0.005")).toBe(1)
    expect(toCents("-0.005")).toBe(-1)
  })

  it("throws on what is not an amount", () => {
    expect(() => toCents(Number.NaN)).toThrow("Lexoffice: NaN is not an amount")
  })
})

describe("fromCents", () => {
  it("gives the number JSON prints as the decimal", () => {
    expect(JSON.stringify(fromCents(1999))).toBe("19.99")
    for (let cents = 0; cents <= 10_000; cents++) expect(toCents(fromCents(cents))).toBe(cents)
    expect(() => fromCents(1.5)).toThrow("is not an integer")
  })
})

describe("apportion", () => {
  const exact = (...amounts: string[]) => amounts.map((a) => exactCents(a))

  it("keeps whole cents as they are", () => {
    expect(apportion(exact("10.00", "2.50", "0"))).toEqual([1000, 250, 0])
  })

  it("makes the parts add up to the rounded sum, moving none by a cent or more", () => {
    // 3 × 3.333… = 10.00: rounding each would give 9.99.
    expect(apportion(exact("3.333333", "3.333333", "3.333334"))).toEqual([333, 333, 334])
    expect(apportion(exact("0.004", "0.004", "0.004"))).toEqual([1, 0, 0])
    expect(apportion(exact("8.403361", "1.596639"))).toEqual([840, 160])
  })

  it("shares out a given total", () => {
    expect(apportion(exact("5.005", "5.005"), 1001)).toEqual([501, 500])
    expect(() => apportion(exact("5.00"), 600)).toThrow("cannot apportion")
  })
})

describe("formatCents", () => {
  it("writes amounts language-neutrally with a true minus sign", () => {
    expect(formatCents(-200, "eur")).toBe("\u22122.00 EUR")
    expect(formatCents(123456, "EUR")).toBe("1234.56 EUR")
  })
})
