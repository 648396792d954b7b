import "server-only"

import { getConfig } from "@/lib/config"
import type { Locale } from "@/lib/i18n/locales"

import { tags } from "./tags"

type Media = { url?: string | null; alt?: string | null; width?: number | null; height?: number | null }

type HeroBlock = {
  blockType: "hero"
  heading: string
  subheading?: string | null
  ctaLabel?: string | null
  ctaHref?: string | null
  // An id when the upload is not populated (depth 0), the document at depth 1.
  image?: Media | number | string | null
}

type Block = HeroBlock | { blockType: string }

export type CmsPage = { id: number | string; title: string; slug: string; layout?: Block[] | null }

export type Hero = {
  heading: string
  subheading: string | null
  cta: { label: string; href: string } | null
  image: { src: string; alt: string; width: number | null; height: number | null } | null
}

/** A page by slug in the given locale, or null when it does not exist or the CMS cannot be reached. */
export async function getPage(slug: string, locale: Locale): Promise<CmsPage | null> {
  const { cmsUrl } = getConfig()
  const url =
    `${cmsUrl}/api/pages?where[slug][equals]=${encodeURIComponent(slug)}` +
    `&locale=${locale}&depth=1&limit=1`
  try {
    const response = await fetch(url, {
      headers: { accept: "application/json" },
      next: { tags: [tags.cmsPage(slug)], revalidate: 60 },
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const { docs } = (await response.json()) as { docs?: CmsPage[] }
    return docs?.[0] ?? null
  } catch (error) {
    // Content is optional for the shop: log and render the page without it.
    console.error(`CMS page "${slug}" (${locale}) unavailable from ${cmsUrl}: ${(error as Error).message}`)
    return null
  }
}

/** The page's first hero block, with media URLs made absolute against the CMS. */
export function heroOf(page: CmsPage | null, cmsUrl: string): Hero | null {
  const block = page?.layout?.find((candidate): candidate is HeroBlock => candidate.blockType === "hero")
  if (!block?.heading) return null
  const media = typeof block.image === "object" ? block.image : null
  return {
    heading: block.heading,
    subheading: block.subheading || null,
    cta: block.ctaLabel && block.ctaHref ? { label: block.ctaLabel, href: block.ctaHref } : null,
    image: media?.url
      ? {
          src: new URL(media.url, `${cmsUrl}/`).toString(),
          alt: media.alt ?? "",
          width: media.width ?? null,
          height: media.height ?? null,
        }
      : null,
  }
}
