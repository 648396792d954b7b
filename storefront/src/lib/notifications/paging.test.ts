import { describe, expect, it } from "vitest"

import { neighbours, PAGE_SIZE, parseOffset } from "./paging"

describe("parseOffset", () => {
  it("reads whole pages", () => {
    expect(parseOffset("40")).toBe(40)
    expect(parseOffset(["20", "60"])).toBe(20)
  })

  it("rounds down to the page's start and ignores anything else", () => {
    expect(parseOffset("45")).toBe(40)
    expect(parseOffset(undefined)).toBe(0)
    expect(parseOffset("-20")).toBe(0)
    expect(parseOffset("1e3")).toBe(0)
    expect(parseOffset("9999999")).toBe(0)
  })
})

describe("neighbours", () => {
  it("has only older pages on the first", () => {
    expect(neighbours(0, 45)).toEqual({ newer: null, older: PAGE_SIZE })
    expect(neighbours(0, 20)).toEqual({ newer: null, older: null })
    expect(neighbours(0, 0)).toEqual({ newer: null, older: null })
  })

  it("links both ways in the middle and only newer on the last", () => {
    expect(neighbours(20, 45)).toEqual({ newer: 0, older: 40 })
    expect(neighbours(40, 45)).toEqual({ newer: 20, older: null })
  })

  it("leads from a page past the end back to the last page", () => {
    expect(neighbours(200, 45)).toEqual({ newer: 40, older: null })
    expect(neighbours(60, 0)).toEqual({ newer: 0, older: null })
  })
})
