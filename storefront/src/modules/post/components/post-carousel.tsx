"use client"

import { useEffect, useRef, useState } from "react"

import { fill } from "@/lib/i18n/fill"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { slideAt, type DotPlacement } from "@/lib/post/geometry"

import ProductLink from "./product-link"

export type Dot = DotPlacement & { id: string; productId: string; title: string; href: string }
export type Slide = { id: string; url: string; alt: string; dots: Dot[] }

type Props = {
  postId: string
  slides: Slide[]
  /** The page's first post: its first image is the largest paint, so it loads at once and first. */
  priority: boolean
  t: PostMessages["images"]
}

// The images are square crops (post.css); the size attributes give the browser the ratio before the file.
const SIZE = 1080

/**
 * A post's images as a scroll-snap strip: swipe, scroll or use the arrow keys on it; without JavaScript it is still
 * a scrollable strip. Previous/next buttons and "Image 1 of 2" follow the scroll position. The products tagged at a
 * point of a photo appear as dots (links named by the product) when "Show products" is pressed.
 */
export default function PostCarousel({ postId, slides, priority, t }: Props) {
  const strip = useRef<HTMLUListElement>(null)
  const frame = useRef(0)
  const [index, setIndex] = useState(0)
  const [tagsShown, setTagsShown] = useState(false)
  const count = slides.length
  const tagged = slides.some((slide) => slide.dots.length > 0)

  useEffect(() => () => cancelAnimationFrame(frame.current), [])

  const onScroll = () => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => {
      const element = strip.current
      if (element) setIndex(slideAt(element.scrollLeft, element.clientWidth, count))
    })
  }

  const go = (to: number) => {
    const element = strip.current
    if (!element || to < 0 || to >= count) return
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches
    element.scrollTo({ left: to * element.clientWidth, behavior: still ? "auto" : "smooth" })
  }

  return (
    <div className="post__media" role="group" aria-label={t.label}>
      <ul ref={strip} className="post__slides" onScroll={onScroll} tabIndex={count > 1 ? 0 : undefined}>
        {slides.map((slide, position) => {
          const first = priority && position === 0
          return (
            <li key={slide.id} className="post__slide">
              <img
                src={slide.url}
                alt={slide.alt}
                width={SIZE}
                height={SIZE}
                loading={first ? "eager" : "lazy"}
                fetchPriority={first ? "high" : undefined}
                decoding={first ? "sync" : "async"}
              />
              {slide.dots.length > 0 && (
                <div className="post__dots" hidden={!tagsShown}>
                  {slide.dots.map((dot) => (
                    <ProductLink
                      key={dot.id}
                      postId={postId}
                      productId={dot.productId}
                      href={dot.href}
                      className={`post__dot post__dot--${dot.align} post__dot--${dot.side}`}
                      style={{ left: dot.left, top: dot.top }}
                    >
                      <span>{dot.title}</span>
                    </ProductLink>
                  ))}
                </div>
              )}
            </li>
          )
        })}
      </ul>
      {count > 1 && (
        <>
          <button
            type="button"
            className="post__step post__step--previous"
            aria-label={t.previous}
            aria-disabled={index === 0}
            onClick={() => go(index - 1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="post__step post__step--next"
            aria-label={t.next}
            aria-disabled={index === count - 1}
            onClick={() => go(index + 1)}
          >
            <span aria-hidden="true">›</span>
          </button>
          <p className="post__position" aria-live="polite">
            {fill(t.position, { n: index + 1, total: count })}
          </p>
        </>
      )}
      {tagged && (
        <button
          type="button"
          className="post__show-products"
          aria-pressed={tagsShown}
          onClick={() => setTagsShown(!tagsShown)}
        >
          {t.showProducts}
        </button>
      )}
    </div>
  )
}
