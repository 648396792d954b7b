import { describe, expect, it } from "vitest"

import { CENTER, tagPosition } from "./position"

const box = { left: 100, top: 50, width: 400, height: 300 }

describe("tagPosition", () => {
  it("gives the click as fractions of the image from its top left", () => {
    expect(tagPosition({ clientX: 200, clientY: 125 }, box)).toEqual({ x: 0.25, y: 0.25 })
    expect(tagPosition({ clientX: 100, clientY: 50 }, box)).toEqual({ x: 0, y: 0 })
    expect(tagPosition({ clientX: 500, clientY: 350 }, box)).toEqual({ x: 1, y: 1 })
  })

  it("rounds to four decimals", () => {
    expect(tagPosition({ clientX: 100 + 400 / 3, clientY: 50 + 200 }, box)).toEqual({ x: 0.3333, y: 0.6667 })
  })

  it("clamps clicks outside the image to its edges", () => {
    expect(tagPosition({ clientX: 90, clientY: 400 }, box)).toEqual({ x: 0, y: 1 })
  })

  it("falls back to the middle for an image without a size or a point without coordinates", () => {
    expect(tagPosition({ clientX: 10, clientY: 10 }, { left: 0, top: 0, width: 0, height: 0 })).toEqual(CENTER)
    expect(tagPosition({ clientX: Number.NaN, clientY: 125 }, box)).toEqual({ x: 0.5, y: 0.25 })
  })
})
