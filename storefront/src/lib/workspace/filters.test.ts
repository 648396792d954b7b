import { describe, expect, it } from "vitest"

import { listHref, parseFilter } from "./filters"

describe("parseFilter", () => {
  const allowed = ["proposed", "published"] as const

  it("accepts one allowed value", () => {
    expect(parseFilter("published", allowed)).toBe("published")
  })

  it("ignores anything else", () => {
    expect(parseFilter(undefined, allowed)).toBeNull()
    expect(parseFilter("deleted", allowed)).toBeNull()
    expect(parseFilter(["published", "proposed"], allowed)).toBeNull()
  })
})

describe("listHref", () => {
  it("leaves out the defaults", () => {
    expect(listHref("/en/sell/products", "status", null)).toBe("/en/sell/products")
    expect(listHref("/en/sell/products", "status", "rejected")).toBe("/en/sell/products?status=rejected")
    expect(listHref("/en/sell/orders", "status", "shipped", 3)).toBe("/en/sell/orders?status=shipped&page=3")
    expect(listHref("/en/sell/orders", "status", null, 2)).toBe("/en/sell/orders?page=2")
  })
})
