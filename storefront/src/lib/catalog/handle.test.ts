import { describe, expect, it } from "vitest"

import { handleOfSegment, isHandle } from "./handle"

describe("product handles", () => {
  it("accepts Medusa's handles in any script", () => {
    for (const handle of ["beeswax-candle", "μέλι-θυμαρίσιο", "crème-brûlée", "product_2"]) expect(isHandle(handle)).toBe(true)
  })

  it("refuses what no handle can be", () => {
    for (const value of ["", "a b", "a/b", "a.b", "%", "a".repeat(201)]) expect(isHandle(value)).toBe(false)
  })

  it("decodes a percent-encoded route segment, and refuses a malformed one", () => {
    expect(handleOfSegment(encodeURIComponent("μέλι-θυμαρίσιο"))).toBe("μέλι-θυμαρίσιο")
    expect(handleOfSegment("beeswax-candle")).toBe("beeswax-candle")
    expect(handleOfSegment("%E0%A4%A")).toBeNull()
    expect(handleOfSegment(encodeURIComponent("../admin"))).toBeNull()
  })
})
