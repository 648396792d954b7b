import { BigNumber } from "@medusajs/framework/utils"
import { alphaCurrency, fromMinorUnits, numericCurrency, toMinorUnits } from "../amounts"

describe("toMinorUnits", () => {
  it("converts 2-decimal amounts exactly, whatever form Medusa gives them in", () => {
    expect(toMinorUnits(19.99, "eur")).toBe(1999)
    expect(toMinorUnits("19.99", "EUR")).toBe(1999)
    expect(toMinorUnits(new BigNumber("19.99"), "eur")).toBe(1999)
    expect(toMinorUnits({ value: "19.990000000000000000", precision: 20 }, "eur")).toBe(1999)
    // Floats that multiplication gets wrong (0.29 * 100 = 28.999999999999996, 1.005 * 100 = 100.49999999999999).
    expect(toMinorUnits(0.29, "gbp")).toBe(29)
    expect(toMinorUnits(1.1, "usd")).toBe(110)
    expect(toMinorUnits(4.35, "eur")).toBe(435)
    expect(toMinorUnits(0, "eur")).toBe(0)
    expect(toMinorUnits(1234567.89, "eur")).toBe(123456789)
  })

  it("converts 0- and 3-decimal currencies", () => {
    expect(toMinorUnits(1000, "jpy")).toBe(1000)
    expect(toMinorUnits("1000.00", "jpy")).toBe(1000)
    expect(toMinorUnits(250, "isk")).toBe(250)
    expect(toMinorUnits(1.234, "kwd")).toBe(1234)
    expect(toMinorUnits("0.005", "bhd")).toBe(5)
    expect(toMinorUnits(12.5, "jod")).toBe(12500)
  })

  it("throws on more decimals than the currency has, instead of rounding", () => {
    expect(() => toMinorUnits(19.999, "eur")).toThrow("Viva Wallet: 19.999 EUR has more than 2 decimals")
    expect(() => toMinorUnits(1000.5, "jpy")).toThrow("has more than 0 decimals")
    expect(() => toMinorUnits("1.2345", "kwd")).toThrow("has more than 3 decimals")
  })

  it("throws on what is not an amount", () => {
    expect(() => toMinorUnits(Number.NaN, "eur")).toThrow("is not an amount")
    expect(() => toMinorUnits("abc", "eur")).toThrow("is not an amount")
    expect(() => toMinorUnits(1e20, "eur")).toThrow("is too large")
  })

  it("throws on an unknown currency, naming it", () => {
    expect(() => toMinorUnits(10, "xyz")).toThrow('Viva Wallet: unsupported currency "xyz"')
  })
})

describe("fromMinorUnits", () => {
  it("converts back for 0-, 2- and 3-decimal currencies", () => {
    expect(fromMinorUnits(1999, "eur")).toBe(19.99)
    expect(fromMinorUnits(0, "eur")).toBe(0)
    expect(fromMinorUnits(1000, "jpy")).toBe(1000)
    expect(fromMinorUnits(1234, "KWD")).toBe(1.234)
  })

  it("round-trips every cent up to 100 EUR", () => {
    for (let minor = 0; minor <= 10_000; minor++) expect(toMinorUnits(fromMinorUnits(minor, "eur"), "eur")).toBe(minor)
  })

  it("throws on fractions of a minor unit and unknown currencies", () => {
    expect(() => fromMinorUnits(12.5, "eur")).toThrow("is not an integer")
    expect(() => fromMinorUnits(100, "abc")).toThrow('unsupported currency "abc"')
  })
})

describe("currency codes", () => {
  it("maps alphabetic to numeric and back", () => {
    expect(numericCurrency("eur")).toBe("978")
    expect(numericCurrency("BHD")).toBe("048")
    expect(alphaCurrency("978")).toBe("eur")
    expect(alphaCurrency(978)).toBe("eur")
    expect(alphaCurrency(48)).toBe("bhd")
    expect(alphaCurrency("826")).toBe("gbp")
  })

  it("throws on unknown codes, naming them", () => {
    expect(() => numericCurrency("xxx")).toThrow('Viva Wallet: unsupported currency "xxx"')
    expect(() => alphaCurrency("999")).toThrow('Viva Wallet: unsupported currency "999"')
  })
})
