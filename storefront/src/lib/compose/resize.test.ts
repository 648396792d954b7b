import { describe, expect, it } from "vitest"

import { MAX_SIDE, targetSize } from "./resize"

describe("targetSize", () => {
  it("shrinks a landscape photo to the longest side", () => {
    expect(targetSize(4000, 3000)).toEqual({ width: MAX_SIDE, height: 1536 })
  })

  it("shrinks a portrait photo by its height", () => {
    expect(targetSize(3024, 4032)).toEqual({ width: 1536, height: 2048 })
  })

  it("never enlarges a small image", () => {
    expect(targetSize(1200, 900)).toEqual({ width: 1200, height: 900 })
    expect(targetSize(2048, 2048)).toEqual({ width: 2048, height: 2048 })
  })

  it("keeps at least one pixel on the short side", () => {
    expect(targetSize(20000, 2)).toEqual({ width: 2048, height: 1 })
  })

  it("takes another limit", () => {
    expect(targetSize(1000, 500, 100)).toEqual({ width: 100, height: 50 })
  })

  it("refuses sizes that are no image", () => {
    for (const [width, height] of [
      [0, 10],
      [10, -1],
      [Number.NaN, 10],
    ]) {
      expect(() => targetSize(width, height)).toThrow(RangeError)
    }
  })
})
