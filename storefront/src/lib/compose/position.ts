/** A tag's place on its image: fractions of the width and height from the top left, as the Store API takes them. */
export type Position = { x: number; y: number }

/** Where a click landed (viewport coordinates) and the image's box on the screen (getBoundingClientRect). */
export type Point = { clientX: number; clientY: number }
export type Box = { left: number; top: number; width: number; height: number }

/** A tag placed with the keyboard goes to the middle of the image. */
export const CENTER: Position = { x: 0.5, y: 0.5 }

// Four decimals are a tenth of a pixel on a 2048 px image: precise enough, and short in the request.
const round = (value: number) => Math.round(value * 10_000) / 10_000

function fraction(value: number, start: number, size: number): number {
  if (!(size > 0) || !Number.isFinite(value)) return 0.5
  return round(Math.min(1, Math.max(0, (value - start) / size)))
}

/** The position of a click on an image, each axis 0–1 (a click on the border clamps to the edge). */
export function tagPosition(point: Point, box: Box): Position {
  return { x: fraction(point.clientX, box.left, box.width), y: fraction(point.clientY, box.top, box.height) }
}
