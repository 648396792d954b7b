import { describe, expect, it } from "vitest"

import { optionValues, repeatedIndexes, variantRows } from "./variants"

describe("optionValues", () => {
  it("splits at commas, trims and drops empty values", () => {
    expect(optionValues(" S, M ,, L ,")).toEqual(["S", "M", "L"])
    expect(optionValues("Standard")).toEqual(["Standard"])
    expect(optionValues(" , ")).toEqual([])
  })
})

describe("variantRows", () => {
  it("keys rows by value so a row keeps its key when values are inserted before it", () => {
    const before = variantRows(["S", "L"])
    const after = variantRows(["S", "M", "L"])
    expect(before.map((row) => row.key)).toEqual(["S", "L"])
    expect(after.map((row) => [row.key, row.index])).toEqual([
      ["S", 0],
      ["M", 1],
      ["L", 2],
    ])
  })

  it("gives a repeated value a key of its own", () => {
    const keys = variantRows(["S", "S", "S"]).map((row) => row.key)
    expect(new Set(keys).size).toBe(3)
  })
})

describe("repeatedIndexes", () => {
  it("names every repetition after the first", () => {
    expect(repeatedIndexes(["S", "M", "S", "S"])).toEqual([2, 3])
    expect(repeatedIndexes(["S", "M"])).toEqual([])
  })
})
