import type { Metadata } from "next"

import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

import { catalogPath, type CatalogQuery } from "./query"
import { alternatesOf, localizedUrl } from "./urls"

/** Plain text cut at a word to `max` characters, for meta descriptions (search engines show ~160). */
export function summary(text: string | null | undefined, max = 160): string | undefined {
  const plain = text?.replace(/\s+/g, " ").trim()
  if (!plain) return undefined
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max - 1)
  // The cut ends a word when a space follows it; else back up to the last whole word.
  const space = plain[max - 1] === " " ? cut.length : cut.lastIndexOf(" ")
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, "")}…`
}

/**
 * A product page's metadata. Open Graph has no `type`: Next's typed values lack "product", and
 * "website" would be wrong; consumers treat a missing type as a web page.
 */
export function productMetadata(input: {
  origin: string
  locale: Locale
  handle: string
  title: string
  description?: string | null
  image?: string | null
  /** Kept from the layout: a page's openGraph replaces the layout's whole. */
  siteName?: string
}): Metadata {
  const path = `/products/${input.handle}`
  const description = summary(input.description)
  const images = input.image ? [{ url: input.image, alt: input.title }] : undefined
  return {
    title: input.title,
    description,
    alternates: alternatesOf(input.origin, input.locale, path),
    openGraph: {
      title: input.title,
      description,
      url: localizedUrl(input.origin, input.locale, path),
      siteName: input.siteName,
      images,
    },
    twitter: {
      card: input.image ? "summary_large_image" : "summary",
      title: input.title,
      description,
      images: input.image ? [input.image] : undefined,
    },
  }
}

/**
 * The catalog's metadata. Search results are not indexed (endless, thin pages), but their links are
 * followed; other listings point their canonical at the URL without the sort, which only reorders.
 */
export function catalogMetadata(input: {
  origin: string
  locale: Locale
  query: CatalogQuery
  t: CatalogMessages
  /** The page's title without a filter: "Products". */
  title: string
  category?: string | null
  /** A collection's page is titled by the collection alone, as its heading. */
  collection?: string | null
  seller?: { name: string; description?: string | null } | null
  siteName?: string
}): Metadata {
  const { query, t } = input
  const base = query.q
    ? fill(t.searchTitle, { q: query.q })
    : input.collection
      ? input.collection
      : input.seller
      ? fill(t.sellerTitle, { seller: input.seller.name })
      : (input.category ?? input.title)
  const title = query.page > 1 ? fill(t.pageTitle, { title: base, page: query.page }) : base
  const description = (input.collection ? null : summary(input.seller?.description)) ?? t.description
  if (query.q) return { title, description, robots: { index: false, follow: true } }
  const path = catalogPath({ category: query.category, collection: query.collection, seller: query.seller, page: query.page })
  return {
    title,
    description,
    alternates: alternatesOf(input.origin, input.locale, path),
    openGraph: { title, description, url: localizedUrl(input.origin, input.locale, path), siteName: input.siteName },
  }
}
