import { describe, expect, it } from "vitest"

import { unseen } from "./dedupe"

const post = (id: string, caption = id) => ({ id, caption })

describe("unseen", () => {
  it("keeps the new items in the page's order", () => {
    expect(unseen(new Set(["a"]), [post("c"), post("b")])).toEqual([post("c"), post("b")])
  })

  it("drops posts already shown, however they changed", () => {
    expect(unseen(new Set(["a", "b"]), [post("b", "edited"), post("c"), post("a")])).toEqual([post("c")])
  })

  it("drops repeats within a page, keeping the first", () => {
    expect(unseen(new Set(), [post("a", "first"), post("a", "second")])).toEqual([post("a", "first")])
  })

  it("does not change the set it is given", () => {
    const seen = new Set(["a"])
    unseen(seen, [post("b")])
    expect([...seen]).toEqual(["a"])
  })

  it("answers an empty list for a page of repeats", () => {
    expect(unseen(new Set(["a"]), [post("a")])).toEqual([])
  })
})
