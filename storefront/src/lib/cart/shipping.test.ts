import { describe, expect, it } from "vitest"

import { cheapestShipping, needsCalculation } from "./shipping"

describe("cheapestShipping", () => {
  it("picks the lowest price, free delivery included", () => {
    expect(cheapestShipping([{ amount: 12.9 }, { amount: 4.9 }])).toEqual(4.9)
    expect(cheapestShipping([{ amount: 4.9 }, { amount: 0 }])).toEqual(0)
  })

  it("ignores options without a usable price", () => {
    expect(
      cheapestShipping([{ price_type: "calculated" }, { amount: null }, { amount: Number.NaN }, { amount: 7.5 }])
    ).toEqual(7.5)
  })

  it("has no estimate without any priced option", () => {
    expect(cheapestShipping([])).toBeNull()
    expect(cheapestShipping([{ price_type: "calculated", amount: null }])).toBeNull()
  })
})

describe("needsCalculation", () => {
  it("asks for a calculated option's price only when the list has none", () => {
    expect(needsCalculation({ price_type: "calculated" })).toBe(true)
    expect(needsCalculation({ price_type: "calculated", amount: 6.2 })).toBe(false)
    expect(needsCalculation({ price_type: "flat", amount: 4.9 })).toBe(false)
  })
})
