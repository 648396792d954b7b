import { useEffect, useRef, useState, type CSSProperties, type MouseEvent } from "react"

import type { DraftTag } from "@/lib/compose/draft"
import { CENTER, tagPosition, type Position } from "@/lib/compose/position"

type Props = {
  src: string
  /** The image's size when known (a new post's resized image); else read from the image once it loads. */
  width?: number
  height?: number
  label: string
  tags: DraftTag[]
  onPlace: (position: Position) => void
}

// Until an image of unknown size loads, it is laid out as a square.
const FALLBACK = 1080

/**
 * The selected image as one button: a click places the waiting tag where it landed; Enter or Space (a click
 * without a pointer) places it in the middle. Placed tags show as numbered dots, matching the tag list.
 */
export default function TagStage({ src, width, height, label, tags, onPlace }: Props) {
  const image = useRef<HTMLImageElement>(null)
  const [loaded, setLoaded] = useState<{ width: number; height: number } | null>(null)
  const measure = (img: HTMLImageElement) => {
    if (img.naturalWidth && img.naturalHeight) setLoaded({ width: img.naturalWidth, height: img.naturalHeight })
  }
  // A server-rendered image may have loaded before hydration, without an onLoad for React.
  useEffect(() => {
    if (image.current?.complete) measure(image.current)
  }, [])
  const size = width && height ? { width, height } : (loaded ?? { width: FALLBACK, height: FALLBACK })

  const click = (event: MouseEvent<HTMLButtonElement>) => {
    const box = image.current?.getBoundingClientRect()
    onPlace(event.detail === 0 || !box ? CENTER : tagPosition(event, box))
  }

  // Tall images get narrower, so the whole image fits on the screen at once.
  const style = { "--stage-ratio": size.width / size.height } as CSSProperties
  return (
    <button type="button" className="tag-stage" aria-label={label} onClick={click} style={style}>
      <span className="tag-stage__frame">
        <img
          ref={image}
          src={src}
          alt=""
          width={size.width}
          height={size.height}
          onLoad={(event) => measure(event.currentTarget)}
        />
        {tags.map((tag, i) =>
          tag.x === null || tag.y === null ? null : (
            <span
              key={`${tag.product.id}:${i}`}
              className="tag-stage__dot"
              style={{ left: `${tag.x * 100}%`, top: `${tag.y * 100}%` }}
              aria-hidden="true"
            >
              {i + 1}
            </span>
          )
        )}
      </span>
    </button>
  )
}
