// schema.org data for product pages: Google reads Product with Offer for prices and stock in results,
// AggregateRating for the stars, and BreadcrumbList for the path shown above them. Serialize with serializeJsonLd (lib/cms/json-ld).

export type Crumb = { name: string; url: string }

export function breadcrumbJsonLd(crumbs: Crumb[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  }
}

export type OfferInput = {
  /** Major units, tax included (12.5 = EUR 12.50). */
  amount: number
  currencyCode: string
  inStock: boolean
  sku?: string | null
}

export type ProductInput = {
  name: string
  description?: string | null
  /** Absolute URL of the product page. */
  url: string
  /** Absolute image URLs. */
  images: string[]
  sku?: string | null
  seller?: { name: string; url: string } | null
  offers: OfferInput[]
  /** The product's reviews in numbers (the Store API's `rating`); null when it has none. */
  rating?: { average: number; count: number } | null
}

/** Product with one Offer per priced variant (a single one stands alone, not in a list). */
export function productJsonLd(input: ProductInput): Record<string, unknown> {
  const seller = input.seller ? { "@type": "Organization", name: input.seller.name, url: input.seller.url } : null
  const offers = input.offers.flatMap((offer) => {
    const price = decimal(offer.amount, offer.currencyCode)
    if (price === null) return []
    return [
      {
        "@type": "Offer",
        ...(offer.sku ? { sku: offer.sku } : {}),
        price,
        priceCurrency: offer.currencyCode.toUpperCase(),
        availability: offer.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
        url: input.url,
        ...(seller ? { seller } : {}),
      },
    ]
  })
  const description = input.description?.trim()
  const rating = aggregateRatingJsonLd(input.rating)
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    ...(description ? { description } : {}),
    ...(input.images.length ? { image: input.images } : {}),
    ...(input.sku ? { sku: input.sku } : {}),
    url: input.url,
    // Sellers are the makers or brands shoppers know; schema.org wants the brand by name.
    ...(seller ? { brand: { "@type": "Brand", name: seller.name } } : {}),
    ...(offers.length === 1 ? { offers: offers[0] } : offers.length > 1 ? { offers } : {}),
    ...(rating ? { aggregateRating: rating } : {}),
  }
}

/**
 * The reviews' AggregateRating on the 1–5 scale, or null without reviews: Google refuses a rating of nothing (a
 * count of 0) as invalid structured data.
 */
export function aggregateRatingJsonLd(
  rating: { average: number; count: number } | null | undefined
): Record<string, unknown> | null {
  if (!rating || !Number.isFinite(rating.average) || !(rating.count > 0)) return null
  return {
    "@type": "AggregateRating",
    ratingValue: Math.round(rating.average * 100) / 100,
    reviewCount: rating.count,
    bestRating: 5,
    worstRating: 1,
  }
}

/** The price as schema.org text ("12.50": a dot, the currency's decimals), or null if unusable. */
export function decimal(amount: number, currencyCode: string): string | null {
  if (!Number.isFinite(amount) || amount < 0 || !/^[a-z]{3}$/i.test(currencyCode)) return null
  const digits = new Intl.NumberFormat("en", { style: "currency", currency: currencyCode }).resolvedOptions()
    .maximumFractionDigits
  return amount.toFixed(digits ?? 2)
}
