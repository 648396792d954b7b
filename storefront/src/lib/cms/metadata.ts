import type { Metadata } from "next"

import { imageOf } from "./media"
import type { Media, Meta, Rel, SiteSettings } from "./types"

/**
 * A page's or article's metadata from its SEO fields, falling back to the document's title and the
 * site settings' defaults, so every page has a description and a share image when the CMS has them.
 */
export function metadataOf(input: {
  meta: Meta | undefined
  title: string
  settings: SiteSettings | null
  cmsUrl: string
  /** A fallback image, such as an article's cover. */
  image?: Rel<Media>
}): Metadata {
  const defaults = input.settings?.defaultMeta
  const title = input.meta?.title || input.title
  const description = input.meta?.description || defaults?.description || undefined
  const image =
    imageOf(input.meta?.image, input.cmsUrl, "hero") ??
    imageOf(input.image, input.cmsUrl, "hero") ??
    imageOf(defaults?.image, input.cmsUrl, "hero")
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      ...(input.settings?.siteName ? { siteName: input.settings.siteName } : {}),
      ...(image ? { images: [{ url: image.src, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }] } : {}),
    },
  }
}
