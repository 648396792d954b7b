import type { Media, Rel } from "./types"

export type Image = { src: string; alt: string; width: number | null; height: number | null }

/**
 * An upload as an <img>'s attributes, or null when it is missing or not populated. Payload answers
 * paths (`/api/media/file/x.jpg`), made absolute against the CMS; `size` picks a generated image
 * size when the CMS made one (small originals have none).
 */
export function imageOf(media: Rel<Media>, cmsUrl: string, size?: "thumbnail" | "card" | "hero"): Image | null {
  if (!media || typeof media !== "object") return null
  const sized = size ? media.sizes?.[size] : null
  const chosen = sized?.url ? sized : media
  if (!chosen.url) return null
  return {
    src: absoluteUrl(chosen.url, cmsUrl),
    alt: media.alt ?? "",
    width: chosen.width ?? null,
    height: chosen.height ?? null,
  }
}

export function absoluteUrl(url: string, base: string): string {
  return new URL(url, `${base}/`).toString()
}
