import { describe, expect, it } from "vitest"

import { codeVariants, hasCode, isUnknownCode, parsePromoCode } from "./promo"

describe("parsePromoCode", () => {
  it("trims the code and keeps its case", () => {
    expect(parsePromoCode("  Welcome10 ")).toEqual("Welcome10")
  })

  it("refuses empty, spaced, overlong and non-text values", () => {
    for (const value of ["", "   ", "WEL COME", "X".repeat(65), null, 10]) expect(parsePromoCode(value)).toBeNull()
    expect(parsePromoCode("X".repeat(64))).toHaveLength(64)
  })
})

describe("codeVariants", () => {
  it("tries the code as typed, then in capitals", () => {
    expect(codeVariants("welcome10")).toEqual(["welcome10", "WELCOME10"])
  })

  it("tries a code in capitals once", () => {
    expect(codeVariants("WELCOME10")).toEqual(["WELCOME10"])
  })
})

describe("isUnknownCode", () => {
  it("recognises Medusa's answer to a code that does not exist", () => {
    expect(isUnknownCode({ status: 400, message: "The promotion code NOPE is invalid" })).toBe(true)
  })

  it("treats other failures as failures, not as an unknown code", () => {
    expect(isUnknownCode({ status: 400, message: "Cart is already completed" })).toBe(false)
    expect(isUnknownCode({ status: 500, message: "The promotion code NOPE is invalid" })).toBe(false)
    expect(isUnknownCode(new Error("fetch failed"))).toBe(false)
    expect(isUnknownCode(undefined)).toBe(false)
  })
})

describe("hasCode", () => {
  it("finds an applied code in the cart Medusa returned", () => {
    expect(hasCode({ promotions: [{ code: "SHIPFREE" }, { code: "WELCOME10" }] }, "WELCOME10")).toBe(true)
  })

  it("sees that an existing but inapplicable code was skipped", () => {
    expect(hasCode({ promotions: [{ code: "SHIPFREE" }] }, "WELCOME10")).toBe(false)
    expect(hasCode({ promotions: [] }, "WELCOME10")).toBe(false)
    expect(hasCode({}, "WELCOME10")).toBe(false)
  })
})
