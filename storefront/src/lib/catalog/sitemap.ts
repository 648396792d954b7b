import type { MetadataRoute } from "next"

import { locales } from "@/lib/i18n/locales"

import { catalogPath } from "./query"
import { languageUrls } from "./urls"

type Entry = MetadataRoute.Sitemap[number]

// Next writes URLs into the XML as they are, so paths keep to characters that need no escaping.
const SAFE_PATH = /^\/[\w\-./?=%]*$/

/**
 * One sitemap entry per locale for an app path, each listing all languages (hreflang, x-default
 * included) as Google asks. Paths that would need XML escaping are left out rather than break the file.
 */
export function sitemapEntries(origin: string, path: string, lastModified?: string | null): Entry[] {
  if (!SAFE_PATH.test(path)) return []
  const languages = languageUrls(origin, path)
  const modified = lastModified && !Number.isNaN(Date.parse(lastModified)) ? { lastModified } : {}
  return locales.map((locale) => ({ url: languages[locale], ...modified, alternates: { languages } }))
}

/** A product collection's catalog page (`/products?collection=<handle>`) in every locale. */
export function collectionEntries(origin: string, handle: string): Entry[] {
  return sitemapEntries(origin, catalogPath({ collection: handle }))
}
