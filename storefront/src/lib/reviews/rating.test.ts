import { describe, expect, it } from "vitest"

import { formatAverage, formatPercent, hasRatings, histogramRows, starFills } from "./rating"

describe("starFills", () => {
  it("rounds the average to the nearest half star", () => {
    expect(starFills(4.26)).toEqual(["full", "full", "full", "full", "half"])
    expect(starFills(4.24)).toEqual(["full", "full", "full", "full", "empty"])
    expect(starFills(4.75)).toEqual(["full", "full", "full", "full", "full"])
    expect(starFills(1)).toEqual(["full", "empty", "empty", "empty", "empty"])
  })

  it("keeps to five stars whatever comes in", () => {
    expect(starFills(0)).toEqual(Array(5).fill("empty"))
    expect(starFills(7)).toEqual(Array(5).fill("full"))
    expect(starFills(-2)).toEqual(Array(5).fill("empty"))
  })
})

describe("formatAverage and formatPercent", () => {
  it("write numbers the locale's way", () => {
    expect(formatAverage(4.25, "en")).toBe("4.3")
    expect(formatAverage(4, "de")).toBe("4,0")
    expect(formatPercent(0.923, "en")).toBe("92%")
    expect(formatPercent(1, "de")).toMatch(/^100\s%$/)
  })
})

describe("histogramRows", () => {
  it("lists five stars first with each row's share", () => {
    const rows = histogramRows({ histogram: { "1": 1, "2": 0, "3": 1, "4": 2, "5": 4 } })
    expect(rows.map((row) => row.stars)).toEqual([5, 4, 3, 2, 1])
    expect(rows.map((row) => row.count)).toEqual([4, 2, 1, 0, 1])
    expect(rows.map((row) => row.share)).toEqual([0.5, 0.25, 0.125, 0, 0.125])
  })

  it("gives shares of 0 without reviews and ignores negative counts", () => {
    const rows = histogramRows({ histogram: { "1": 0, "2": 0, "3": -1, "4": 0, "5": 0 } })
    expect(rows.every((row) => row.share === 0 && row.count === 0)).toBe(true)
  })
})

describe("hasRatings", () => {
  it("is true only with at least one review", () => {
    const histogram = { "1": 0, "2": 0, "3": 0, "4": 1, "5": 0 }
    expect(hasRatings({ average: 4, count: 1, histogram })).toBe(true)
    expect(hasRatings({ average: 0, count: 0, histogram })).toBe(false)
    expect(hasRatings(null)).toBe(false)
  })
})
