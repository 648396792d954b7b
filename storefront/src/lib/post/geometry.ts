// Where things sit on a post's images: the slide a scrolled carousel shows, the product dots on a photo.

/** The slide a scroll-snap strip shows: the nearest whole slide, within the strip. */
export function slideAt(scrollLeft: number, slideWidth: number, count: number): number {
  if (count < 1 || slideWidth <= 0) return 0
  // Right-to-left strips scroll to negative offsets.
  const index = Math.round(Math.abs(scrollLeft) / slideWidth)
  return Math.min(Math.max(index, 0), count - 1)
}

export type DotPlacement = {
  /** CSS offsets from the image's top left. */
  left: string
  top: string
  /** Which way the product's label runs from the dot, so it stays on the image near its edges. */
  align: "start" | "center" | "end"
  side: "below" | "above"
}

const percent = (fraction: number) => `${Math.round(Math.min(Math.max(fraction, 0), 1) * 10000) / 100}%`

/** A product tag's dot at (x, y), 0–1 from the image's top left, with its label kept inside the image. */
export function dotPlacement(x: number, y: number): DotPlacement {
  return {
    left: percent(x),
    top: percent(y),
    align: x < 0.3 ? "start" : x > 0.7 ? "end" : "center",
    side: y > 0.75 ? "above" : "below",
  }
}
