import { describe, expect, it } from "vitest"

import { lineState } from "./lines"

const now = new Date("2025-06-10T12:00:00Z")
const review = { id: "rev_1", line_item_id: "ordli_1", rating: 4, editable_until: "2025-07-01T00:00:00Z" }

describe("lineState", () => {
  it("offers a review once some of the line is delivered", () => {
    expect(lineState({ id: "ordli_1", detail: { delivered_quantity: 1 } }, [], now)).toEqual({ kind: "write" })
    expect(lineState({ id: "ordli_1", detail: { delivered_quantity: 0 } }, [], now)).toEqual({ kind: "none" })
    expect(lineState({ id: "ordli_1", detail: null }, [], now)).toEqual({ kind: "none" })
    expect(lineState({ id: "ordli_1" }, [review], now)).toMatchObject({ kind: "reviewed" })
  })

  it("shows the line's own review, editable until the backend's date", () => {
    const delivered = { id: "ordli_1", detail: { delivered_quantity: 2 } }
    expect(lineState(delivered, [review], now)).toEqual({ kind: "reviewed", review, editable: true })
    expect(lineState(delivered, [review], new Date("2025-07-01T00:00:00Z"))).toMatchObject({ editable: false })
    expect(lineState(delivered, [{ ...review, line_item_id: "ordli_2" }], now)).toEqual({ kind: "write" })
  })
})
