import { describe, expect, it } from "vitest"

import { aggregateRatingJsonLd, breadcrumbJsonLd, decimal, productJsonLd } from "./json-ld"

const url = "https://shop.example.com/en/products/cretan-olive-oil"
const seller = { name: "Meli & Elia", url: "https://shop.example.com/en/products?seller=meli-elia" }

describe("breadcrumbJsonLd", () => {
  it("numbers the items from one with absolute URLs", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Home", url: "https://shop.example.com/en" },
        { name: "Pantry", url: "https://shop.example.com/en/products?category=pantry" },
        { name: "Cretan Olive Oil", url },
      ])
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://shop.example.com/en" },
        {
          "@type": "ListItem",
          position: 2,
          name: "Pantry",
          item: "https://shop.example.com/en/products?category=pantry",
        },
        { "@type": "ListItem", position: 3, name: "Cretan Olive Oil", item: url },
      ],
    })
  })
})

describe("productJsonLd", () => {
  it("describes a product with one offer", () => {
    expect(
      productJsonLd({
        name: "Cretan Olive Oil",
        description: " Early-harvest extra virgin olive oil. ",
        url,
        images: ["https://api.example.com/static/oil.png"],
        sku: "OIL-500",
        seller,
        offers: [{ amount: 14, currencyCode: "eur", inStock: true, sku: "OIL-500" }],
      })
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Cretan Olive Oil",
      description: "Early-harvest extra virgin olive oil.",
      image: ["https://api.example.com/static/oil.png"],
      sku: "OIL-500",
      url,
      brand: { "@type": "Brand", name: "Meli & Elia" },
      offers: {
        "@type": "Offer",
        sku: "OIL-500",
        price: "14.00",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
        url,
        seller: { "@type": "Organization", name: "Meli & Elia", url: seller.url },
      },
    })
  })

  it("lists one offer per priced variant with its stock", () => {
    const data = productJsonLd({
      name: "Scarf",
      url,
      images: [],
      offers: [
        { amount: 29.9, currencyCode: "EUR", inStock: true, sku: "S-1" },
        { amount: 31.5, currencyCode: "EUR", inStock: false, sku: null },
        { amount: Number.NaN, currencyCode: "EUR", inStock: true },
      ],
    })
    expect(data.offers).toEqual([
      expect.objectContaining({ sku: "S-1", price: "29.90", availability: "https://schema.org/InStock" }),
      expect.not.objectContaining({ sku: expect.anything() }),
    ])
    expect((data.offers as Record<string, unknown>[])[1]).toMatchObject({
      price: "31.50",
      availability: "https://schema.org/OutOfStock",
    })
  })

  it("leaves out what is unknown rather than sending empty values", () => {
    const data = productJsonLd({ name: "Mug", description: "  ", url, images: [], offers: [] })
    expect(data).toEqual({ "@context": "https://schema.org", "@type": "Product", name: "Mug", url })
  })
})

describe("decimal", () => {
  it("writes the currency's decimals with a dot", () => {
    expect(decimal(12.5, "EUR")).toBe("12.50")
    expect(decimal(1200, "jpy")).toBe("1200")
    expect(decimal(0.1 + 0.2, "EUR")).toBe("0.30")
  })

  it("refuses unusable amounts and codes", () => {
    expect(decimal(-1, "EUR")).toBeNull()
    expect(decimal(Number.POSITIVE_INFINITY, "EUR")).toBeNull()
    expect(decimal(1, "euro")).toBeNull()
  })
})

describe("aggregateRatingJsonLd", () => {
  it("states the rating on the 1-5 scale with the number of reviews", () => {
    expect(aggregateRatingJsonLd({ average: 4.333, count: 3 })).toEqual({
      "@type": "AggregateRating",
      ratingValue: 4.33,
      reviewCount: 3,
      bestRating: 5,
      worstRating: 1,
    })
  })

  it("is left out without reviews", () => {
    expect(aggregateRatingJsonLd({ average: 0, count: 0 })).toBeNull()
    expect(aggregateRatingJsonLd(null)).toBeNull()
    expect(productJsonLd({ name: "Mug", url, images: [], offers: [], rating: { average: 0, count: 0 } })).not.toHaveProperty(
      "aggregateRating"
    )
  })

  it("goes into the product", () => {
    const data = productJsonLd({ name: "Mug", url, images: [], offers: [], rating: { average: 4, count: 1 } })
    expect(data.aggregateRating).toMatchObject({ ratingValue: 4, reviewCount: 1 })
  })
})
