import { imageOf, type Image } from "./media"
import type { HeroBlock } from "./types"

export type Hero = {
  heading: string
  subheading: string | null
  cta: { label: string; href: string } | null
  image: Image | null
}

/** A hero block ready to render: media made absolute, a half-filled button dropped. */
export function heroOf(block: HeroBlock, cmsUrl: string): Hero | null {
  if (!block.heading) return null
  return {
    heading: block.heading,
    subheading: block.subheading || null,
    cta: block.ctaLabel && block.ctaHref ? { label: block.ctaLabel, href: block.ctaHref } : null,
    image: imageOf(block.image, cmsUrl, "hero"),
  }
}
