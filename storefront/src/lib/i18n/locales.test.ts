import { describe, expect, it } from "vitest"

import { localizeHref, negotiateLocale, parseAcceptLanguage, switchLocalePath } from "./locales"

describe("parseAcceptLanguage", () => {
  it("orders tags by q-value and keeps header order for ties", () => {
    expect(parseAcceptLanguage("fr;q=0.5, de-AT, en-GB;q=0.8, el")).toEqual(["de-at", "el", "en-gb", "fr"])
  })

  it("drops q=0 and malformed weights", () => {
    expect(parseAcceptLanguage("de;q=0, el;q=abc, en;q=1.5, fr;q=0.3")).toEqual(["fr"])
  })

  it("handles missing and empty headers", () => {
    expect(parseAcceptLanguage(undefined)).toEqual([])
    expect(parseAcceptLanguage(" , ")).toEqual([])
  })
})

describe("negotiateLocale", () => {
  it("prefers a supported cookie over Accept-Language", () => {
    expect(negotiateLocale({ cookie: "el", acceptLanguage: "de-DE,de;q=0.9" })).toBe("el")
  })

  it("ignores an unsupported cookie", () => {
    expect(negotiateLocale({ cookie: "fr", acceptLanguage: "de-DE,de;q=0.9" })).toBe("de")
  })

  it("picks the highest weighted supported language", () => {
    expect(negotiateLocale({ acceptLanguage: "en;q=0.4, el;q=0.9, de;q=0.7" })).toBe("el")
  })

  it("matches a region tag by its primary language", () => {
    expect(negotiateLocale({ acceptLanguage: "de-CH" })).toBe("de")
    expect(negotiateLocale({ acceptLanguage: "el-GR,en;q=0.5" })).toBe("el")
  })

  it("skips unsupported languages and the wildcard", () => {
    expect(negotiateLocale({ acceptLanguage: "fr-FR, *;q=0.9, de;q=0.2" })).toBe("de")
  })

  it("falls back to English", () => {
    expect(negotiateLocale({ acceptLanguage: "fr, it;q=0.8" })).toBe("en")
    expect(negotiateLocale({})).toBe("en")
    expect(negotiateLocale({ acceptLanguage: "de;q=0" })).toBe("en")
  })
})

describe("localizeHref", () => {
  it("prefixes internal paths only", () => {
    expect(localizeHref("de", "/products")).toBe("/de/products")
    expect(localizeHref("de", "/")).toBe("/de")
    expect(localizeHref("de", "/el/cart")).toBe("/el/cart")
    expect(localizeHref("de", "https://example.com/x")).toBe("https://example.com/x")
    expect(localizeHref("de", "//example.com/x")).toBe("//example.com/x")
  })
})

describe("switchLocalePath", () => {
  it("replaces an existing locale prefix and keeps the query", () => {
    expect(switchLocalePath("/de/products?page=2", "el")).toBe("/el/products?page=2")
    expect(switchLocalePath("/de", "en")).toBe("/en")
    expect(switchLocalePath("/de?x=1", "en")).toBe("/en?x=1")
  })

  it("leaves unprefixed paths for the proxy to negotiate", () => {
    expect(switchLocalePath("/products", "el")).toBe("/products")
    expect(switchLocalePath("/dev", "el")).toBe("/dev")
  })

  it("refuses anything that is not a same-site path", () => {
    expect(switchLocalePath("https://evil.example", "de")).toBe("/")
    expect(switchLocalePath("//evil.example", "de")).toBe("/")
    expect(switchLocalePath("/\\evil.example", "de")).toBe("/")
  })
})
