import { describe, expect, it } from "vitest"

import { dotPlacement, slideAt } from "./geometry"

describe("slideAt", () => {
  it("picks the nearest slide", () => {
    expect(slideAt(0, 400, 3)).toBe(0)
    expect(slideAt(199, 400, 3)).toBe(0)
    expect(slideAt(201, 400, 3)).toBe(1)
    expect(slideAt(800, 400, 3)).toBe(2)
  })

  it("stays within the strip, also for overscroll and right-to-left offsets", () => {
    expect(slideAt(5000, 400, 3)).toBe(2)
    expect(slideAt(-400, 400, 3)).toBe(1)
  })

  it("answers the first slide before the strip has a size", () => {
    expect(slideAt(120, 0, 3)).toBe(0)
    expect(slideAt(120, 400, 0)).toBe(0)
  })
})

describe("dotPlacement", () => {
  it("places the dot in percent of the image", () => {
    expect(dotPlacement(0.25, 0.5)).toEqual({ left: "25%", top: "50%", align: "start", side: "below" })
    expect(dotPlacement(0.12345, 0.6789)).toMatchObject({ left: "12.35%", top: "67.89%" })
  })

  it("turns the label inwards near the edges", () => {
    expect(dotPlacement(0.5, 0.2)).toMatchObject({ align: "center", side: "below" })
    expect(dotPlacement(0.9, 0.9)).toMatchObject({ align: "end", side: "above" })
  })

  it("keeps positions outside 0–1 on the image", () => {
    expect(dotPlacement(-0.2, 1.4)).toMatchObject({ left: "0%", top: "100%" })
  })
})
