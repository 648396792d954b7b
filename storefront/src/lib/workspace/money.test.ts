import { describe, expect, it } from "vitest"

import { formatMoneyInput, parseMoney } from "./money"

describe("parseMoney", () => {
  it("reads a decimal comma and a decimal point in every locale", () => {
    for (const locale of ["en", "de", "el"]) {
      expect(parseMoney("12,50", locale)).toBe(12.5)
      expect(parseMoney("12.50", locale)).toBe(12.5)
      expect(parseMoney("0,99", locale)).toBe(0.99)
      expect(parseMoney("7.5", locale)).toBe(7.5)
      expect(parseMoney(" 16 ", locale)).toBe(16)
    }
  })

  it("understands thousands grouped the locale's way or the other", () => {
    expect(parseMoney("1.234,50", "de")).toBe(1234.5)
    expect(parseMoney("1,234.50", "en")).toBe(1234.5)
    expect(parseMoney("1.234,50", "en")).toBe(1234.5)
    expect(parseMoney("1 234,50", "el")).toBe(1234.5)
    expect(parseMoney("1\u202f234,50", "de")).toBe(1234.5)
    expect(parseMoney("1.234.567", "de")).toBe(1234567)
    expect(parseMoney("1,234,567.25", "en")).toBe(1234567.25)
  })

  it("reads a lone separator before three digits as the locale's thousands separator", () => {
    expect(parseMoney("1.234", "de")).toBe(1234)
    expect(parseMoney("1,234", "en")).toBe(1234)
    // A third decimal is no price in euros or pounds.
    expect(parseMoney("1.234", "en")).toBeNull()
    expect(parseMoney("1,234", "de")).toBeNull()
  })

  it("refuses what is no amount", () => {
    for (const input of ["", " ", "abc", "-5", "12.5.0", "12,50.1", "1.23,45", "12.", ",5", "€12", "1e3", "12,345,6"]) {
      expect(parseMoney(input, "en"), input).toBeNull()
    }
  })
})

describe("formatMoneyInput", () => {
  it("shows two decimals with the locale's sign and no grouping", () => {
    expect(formatMoneyInput(12.5, "en")).toBe("12.50")
    expect(formatMoneyInput(12.5, "de")).toBe("12,50")
    expect(formatMoneyInput(1234, "el")).toBe("1234,00")
  })

  it("reads back as the same amount", () => {
    for (const locale of ["en", "de", "el"]) expect(parseMoney(formatMoneyInput(1999.99, locale), locale)).toBe(1999.99)
  })
})
