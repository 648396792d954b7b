/** The longest side, in pixels, of an image sent with a post: enough for a full-screen view, small to upload. */
export const MAX_SIDE = 2048

export type Size = { width: number; height: number }

/** The size to draw an image at before uploading it: longest side at most `max`, aspect kept, never enlarged. */
export function targetSize(width: number, height: number, max = MAX_SIDE): Size {
  if (!(width > 0 && height > 0 && max > 0)) throw new RangeError(`Not an image size: ${width}×${height}`)
  const scale = Math.min(1, max / Math.max(width, height))
  // Whole pixels, and a sliver of a panorama keeps at least one.
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}
