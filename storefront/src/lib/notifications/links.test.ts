import { describe, expect, it } from "vitest"

import { notificationHref } from "./links"

describe("notificationHref", () => {
  it("puts the page's locale before the notification's path", () => {
    expect(notificationHref("de", "/u/eleni")).toBe("/de/u/eleni")
    expect(notificationHref("el", "/account/orders/order_01J9?tab=1")).toBe("/el/account/orders/order_01J9?tab=1")
    expect(notificationHref("en", "/")).toBe("/en/")
  })

  it("has no link without a path", () => {
    expect(notificationHref("en", null)).toBeNull()
    expect(notificationHref("en", undefined)).toBeNull()
    expect(notificationHref("en", "")).toBeNull()
  })

  it("refuses anything that could lead to another site", () => {
    expect(notificationHref("en", "//evil.example/x")).toBeNull()
    expect(notificationHref("en", "/\\evil.example")).toBeNull()
    expect(notificationHref("en", "https://evil.example")).toBeNull()
    expect(notificationHref("en", "javascript:alert(1)")).toBeNull()
    expect(notificationHref("en", "/a b")).toBeNull()
  })
})
