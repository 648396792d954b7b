import { describe, expect, it } from "vitest"

import { sortedLines } from "./lines"

describe("sortedLines", () => {
  it("lists the lines in the order they were added", () => {
    const cart = {
      items: [
        { id: "b", created_at: "2025-01-02T00:00:00Z" },
        { id: "a", created_at: "2025-01-01T00:00:00Z" },
      ],
    }
    expect(sortedLines(cart).map((line) => line.id)).toEqual(["a", "b"])
  })

  it("has no lines without a cart", () => {
    expect(sortedLines(null)).toEqual([])
  })
})
