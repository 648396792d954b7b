import { describe, expect, it } from "vitest"

import { cmsHref, isExternal } from "./links"

describe("cmsHref", () => {
  it("prefixes storefront paths with the locale", () => {
    expect(cmsHref("de", "/about")).toBe("/de/about")
    expect(cmsHref("el", "/")).toBe("/el")
    expect(cmsHref("en", "/blog/my-article")).toBe("/en/blog/my-article")
    expect(cmsHref("de", " /products?category=shoes ")).toBe("/de/products?category=shoes")
    expect(cmsHref("de", "/en/about")).toBe("/en/about")
  })

  it("passes absolute http(s), mailto, tel and anchors through", () => {
    expect(cmsHref("de", "https://example.com/x")).toBe("https://example.com/x")
    expect(cmsHref("de", "mailto:hello@agora.example")).toBe("mailto:hello@agora.example")
    expect(cmsHref("de", "tel:+4930123")).toBe("tel:+4930123")
    expect(cmsHref("de", "#faq")).toBe("#faq")
  })

  it("refuses unsafe or unusable values", () => {
    expect(cmsHref("de", "javascript:alert(1)")).toBeNull()
    expect(cmsHref("de", "data:text/html,x")).toBeNull()
    expect(cmsHref("de", "//evil.example")).toBeNull()
    expect(cmsHref("de", "/\\evil.example")).toBeNull()
    expect(cmsHref("de", "about")).toBeNull()
    expect(cmsHref("de", "")).toBeNull()
    expect(cmsHref("de", null)).toBeNull()
  })
})

describe("isExternal", () => {
  it("tells site paths from other URLs", () => {
    expect(isExternal("/de/about")).toBe(false)
    expect(isExternal("#x")).toBe(false)
    expect(isExternal("https://example.com")).toBe(true)
  })
})
