import "server-only"

import type { Locale } from "@/lib/i18n/locales"
import type { Page, Paginated } from "@/lib/cms/types"

import { tags } from "../tags"
import { cmsGet } from "./client"

export const SLUG = /^[a-z0-9-]{1,100}$/

/** A page by slug in the locale (Payload falls back to English per field); null when there is none. */
export async function getPage(slug: string, locale: Locale): Promise<Page | null> {
  if (!SLUG.test(slug)) return null
  const { docs } = await cmsGet<Paginated<Page>>(
    "/api/pages",
    { "where[slug][equals]": slug, locale, depth: 2, limit: 1 },
    [tags.cmsPage(slug)],
    { drafts: true }
  )
  return docs[0] ?? null
}
