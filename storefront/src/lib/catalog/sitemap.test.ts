import { describe, expect, it } from "vitest"

import { collectionEntries, sitemapEntries } from "./sitemap"
import { alternatesOf, languageUrls, localizedUrl } from "./urls"

const origin = "https://shop.example.com"

describe("localizedUrl", () => {
  it("puts the locale first; the root is the locale's home", () => {
    expect(localizedUrl(origin, "de", "/")).toBe("https://shop.example.com/de")
    expect(localizedUrl(origin, "el", "/products?category=pantry")).toBe(
      "https://shop.example.com/el/products?category=pantry"
    )
  })
})

describe("languageUrls and alternatesOf", () => {
  it("list every locale and x-default", () => {
    expect(languageUrls(origin, "/about")).toEqual({
      en: "https://shop.example.com/en/about",
      de: "https://shop.example.com/de/about",
      el: "https://shop.example.com/el/about",
      "x-default": "https://shop.example.com/en/about",
    })
    expect(alternatesOf(origin, "el", "/about").canonical).toBe("https://shop.example.com/el/about")
  })
})

describe("sitemapEntries", () => {
  it("gives one entry per locale, each with all languages", () => {
    const entries = sitemapEntries(origin, "/products/fig-jam", "2026-03-01T10:00:00.000Z")
    expect(entries.map((entry) => entry.url)).toEqual([
      "https://shop.example.com/en/products/fig-jam",
      "https://shop.example.com/de/products/fig-jam",
      "https://shop.example.com/el/products/fig-jam",
    ])
    for (const entry of entries) {
      expect(entry.lastModified).toBe("2026-03-01T10:00:00.000Z")
      expect(entry.alternates?.languages).toEqual(languageUrls(origin, "/products/fig-jam"))
    }
  })

  it("leaves out a missing or unreadable last change", () => {
    expect(sitemapEntries(origin, "/")[0]).not.toHaveProperty("lastModified")
    expect(sitemapEntries(origin, "/", "yesterday")[0]).not.toHaveProperty("lastModified")
    expect(sitemapEntries(origin, "/")[0].url).toBe("https://shop.example.com/en")
  })

  it("keeps encoded paths and drops ones that would need XML escaping", () => {
    expect(sitemapEntries(origin, `/products?category=${encodeURIComponent("κουζίνα")}`)).toHaveLength(3)
    expect(sitemapEntries(origin, "/products?category=a&seller=b")).toEqual([])
    expect(sitemapEntries(origin, "/<script>")).toEqual([])
    expect(sitemapEntries(origin, "products")).toEqual([])
  })
})

describe("collectionEntries", () => {
  it("lists a collection's catalog page in every locale, each with all languages", () => {
    const entries = collectionEntries(origin, "gift-ideas")
    expect(entries.map((entry) => entry.url)).toEqual([
      "https://shop.example.com/en/products?collection=gift-ideas",
      "https://shop.example.com/de/products?collection=gift-ideas",
      "https://shop.example.com/el/products?collection=gift-ideas",
    ])
    expect(entries[0].alternates?.languages).toEqual(languageUrls(origin, "/products?collection=gift-ideas"))
  })

  it("encodes a handle in other scripts and never writes markup into the XML", () => {
    expect(collectionEntries(origin, "δώρα")[0].url).toBe(
      "https://shop.example.com/en/products?collection=%CE%B4%CF%8E%CF%81%CE%B1"
    )
    for (const entry of collectionEntries(origin, "a&b<c>")) expect(entry.url).not.toMatch(/[&<>]/)
  })
})
