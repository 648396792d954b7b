import { describe, expect, it } from "vitest"

import { pageCount, parsePage } from "./pagination"

describe("parsePage", () => {
  it("reads positive integers and defaults to 1", () => {
    expect(parsePage("3")).toBe(3)
    expect(parsePage(["2", "5"])).toBe(2)
    expect(parsePage(undefined)).toBe(1)
    expect(parsePage("0")).toBe(1)
    expect(parsePage("-2")).toBe(1)
    expect(parsePage("2.5")).toBe(1)
    expect(parsePage("abc")).toBe(1)
    expect(parsePage("99999999")).toBe(1)
  })
})

describe("pageCount", () => {
  it("rounds up and never returns less than one page", () => {
    expect(pageCount(25, 12)).toBe(3)
    expect(pageCount(24, 12)).toBe(2)
    expect(pageCount(0, 12)).toBe(1)
  })
})
