import { describe, expect, it } from "vitest"

import { catalog } from "@/lib/i18n/messages/catalog"

import { catalogMetadata, productMetadata, summary } from "./metadata"
import type { CatalogQuery } from "./query"

const origin = "https://shop.example.com"
const query: CatalogQuery = { q: null, category: null, collection: null, seller: null, minPrice: null, maxPrice: null, inStock: false, sort: "newest", page: 1 }

describe("summary", () => {
  it("collapses whitespace and cuts long text at a word", () => {
    expect(summary("  Raw honey\n\nfrom the Alps.  ")).toBe("Raw honey from the Alps.")
    const cut = summary(`${"word ".repeat(50)}end`, 40)
    expect(cut).toBe("word word word word word word word word…")
    expect(cut!.length).toBeLessThanOrEqual(40)
    expect(summary("   ")).toBeUndefined()
    expect(summary(null)).toBeUndefined()
  })
})

describe("productMetadata", () => {
  it("gives the canonical URL, the language alternates and the share image", () => {
    const metadata = productMetadata({
      origin,
      locale: "de",
      handle: "fig-jam",
      title: "Fig Jam",
      description: "Slow-cooked figs.",
      image: "https://api.example.com/static/fig.png",
      siteName: "Agora",
    })
    expect(metadata.alternates).toEqual({
      canonical: "https://shop.example.com/de/products/fig-jam",
      languages: {
        en: "https://shop.example.com/en/products/fig-jam",
        de: "https://shop.example.com/de/products/fig-jam",
        el: "https://shop.example.com/el/products/fig-jam",
        "x-default": "https://shop.example.com/en/products/fig-jam",
      },
    })
    expect(metadata.openGraph).toMatchObject({
      url: "https://shop.example.com/de/products/fig-jam",
      siteName: "Agora",
      images: [{ url: "https://api.example.com/static/fig.png", alt: "Fig Jam" }],
    })
    expect(metadata.twitter).toMatchObject({
      card: "summary_large_image",
      images: ["https://api.example.com/static/fig.png"],
    })
  })

  it("uses a small card without an image", () => {
    const metadata = productMetadata({ origin, locale: "en", handle: "mug", title: "Mug" })
    expect(metadata.twitter).toMatchObject({ card: "summary" })
  })
})

describe("catalogMetadata", () => {
  const base = { origin, locale: "en" as const, t: catalog.en, title: "Products" }

  it("does not index search results but follows their links", () => {
    const metadata = catalogMetadata({ ...base, query: { ...query, q: "honey" } })
    expect(metadata.title).toBe("Search results for “honey”")
    expect(metadata.robots).toEqual({ index: false, follow: true })
    expect(metadata.alternates).toBeUndefined()
  })

  it("points the canonical URL past the sort and keeps filters and page", () => {
    const listing = { ...query, category: "pantry", sort: "title" as const, page: 2 }
    const metadata = catalogMetadata({ ...base, query: listing, category: "Pantry" })
    expect(metadata.title).toBe("Pantry, page 2")
    expect(metadata.robots).toBeUndefined()
    expect(metadata.alternates?.canonical).toBe("https://shop.example.com/en/products?category=pantry&page=2")
  })

  it("titles a collection's page by the collection and keeps it in the canonical URL", () => {
    const metadata = catalogMetadata({ ...base, query: { ...query, collection: "gift-ideas", page: 2 }, collection: "Gift ideas" })
    expect(metadata.title).toBe("Gift ideas, page 2")
    expect(metadata.alternates?.canonical).toBe("https://shop.example.com/en/products?collection=gift-ideas&page=2")
  })

  it("names the seller and uses their description", () => {
    const metadata = catalogMetadata({
      ...base,
      locale: "de",
      t: catalog.de,
      query: { ...query, seller: "alpenhof" },
      seller: { name: "Alpenhof", description: "Kerzen aus dem Allgäu." },
    })
    expect(metadata.title).toBe("Produkte von Alpenhof")
    expect(metadata.description).toBe("Kerzen aus dem Allgäu.")
  })

  it("falls back to the plain title and the catalog's description", () => {
    const metadata = catalogMetadata({ ...base, query })
    expect(metadata.title).toBe("Products")
    expect(metadata.description).toBe(catalog.en.description)
    expect(metadata.alternates?.canonical).toBe("https://shop.example.com/en/products")
  })
})
