import { describe, expect, it } from "vitest"

import { feedType, isFeedTab, needsCustomer, parseTab, tabHref } from "./tabs"

describe("parseTab", () => {
  it("takes a known tab as asked", () => {
    expect(parseTab("explore", true)).toBe("explore")
    expect(parseTab("for-you", false)).toBe("for-you")
    expect(parseTab("following", false)).toBe("following")
  })

  it("defaults to following for customers and explore for guests", () => {
    expect(parseTab(undefined, true)).toBe("following")
    expect(parseTab(undefined, false)).toBe("explore")
  })

  it("ignores unknown values and the API's own spelling", () => {
    expect(parseTab("for_you", false)).toBe("explore")
    expect(parseTab("hot", true)).toBe("following")
    expect(parseTab("", true)).toBe("following")
    expect(parseTab("Explore", true)).toBe("following")
  })

  it("reads the first of repeated values", () => {
    expect(parseTab(["for-you", "explore"], false)).toBe("for-you")
    expect(parseTab([], true)).toBe("following")
  })
})

describe("feed types", () => {
  it("maps tabs to the Store API's feed types", () => {
    expect(feedType("following")).toBe("following")
    expect(feedType("explore")).toBe("explore")
    expect(feedType("for-you")).toBe("for_you")
  })

  it("needs a customer for the personal feeds only", () => {
    expect(needsCustomer("explore")).toBe(false)
    expect(needsCustomer("following")).toBe(true)
    expect(needsCustomer("for-you")).toBe(true)
  })

  it("recognises tabs", () => {
    expect(isFeedTab("for-you")).toBe(true)
    expect(isFeedTab("for_you")).toBe(false)
    expect(isFeedTab(3)).toBe(false)
  })

  it("links to a tab", () => {
    expect(tabHref("de", "for-you")).toBe("/de/feed?tab=for-you")
  })
})
