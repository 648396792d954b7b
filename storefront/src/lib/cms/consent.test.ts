import { describe, expect, it } from "vitest"

import { parseConsent, serializeConsent } from "./consent"

describe("consent cookie", () => {
  it("always includes necessary and orders the keys", () => {
    expect(serializeConsent([])).toBe("necessary")
    expect(serializeConsent(["marketing", "analytics"])).toBe("necessary.analytics.marketing")
  })

  it("reads a valid choice and refuses anything else", () => {
    expect(parseConsent("necessary.analytics")).toEqual(["necessary", "analytics"])
    expect(parseConsent(undefined)).toBeNull()
    expect(parseConsent("analytics")).toBeNull()
    expect(parseConsent("necessary.tracking")).toBeNull()
  })
})
