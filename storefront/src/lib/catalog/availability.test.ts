import { describe, expect, it } from "vitest"

import { valueState } from "./availability"

// Size × colour, where the large red one is sold out and there is no small blue one.
const variants = [
  { selection: { size: "S", color: "red" }, inStock: true },
  { selection: { size: "L", color: "red" }, inStock: false },
  { selection: { size: "L", color: "blue" }, inStock: true },
]
const options = ["size", "color"]

describe("valueState", () => {
  it("keeps the other chosen options", () => {
    const selection = { size: "S", color: "red" }
    expect(valueState(variants, options, selection, "size", "S")).toBe("available")
    expect(valueState(variants, options, selection, "size", "L")).toBe("out_of_stock")
    expect(valueState(variants, options, selection, "color", "blue")).toBe("unavailable")
  })

  it("matches any value of an option not chosen yet", () => {
    expect(valueState(variants, options, {}, "size", "L")).toBe("available")
    expect(valueState(variants, options, { color: "red" }, "size", "L")).toBe("out_of_stock")
  })

  it("calls a value of sold-out variants only out of stock", () => {
    const soldOut = variants.map((variant) => ({ ...variant, inStock: false }))
    expect(valueState(soldOut, options, {}, "color", "blue")).toBe("out_of_stock")
  })
})
