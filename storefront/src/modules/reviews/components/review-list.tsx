"use client"

import { useRef, useState } from "react"

import { loadReviews } from "@/lib/data/review-actions"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import type { ReviewSort } from "@/lib/reviews/limits"
import type { ReviewView } from "@/lib/reviews/view"
import { countText } from "@/lib/social/format"

import ReviewItem, { type ItemMessages } from "./review-item"

type Props = {
  productId: string
  initial: ReviewView[]
  nextCursor: string | null
  sort: ReviewSort
  rating: number | null
  signedIn: boolean
  locale: string
  t: ItemMessages & Pick<ReviewMessages, "list" | "loadMore" | "loading" | "loaded" | "loadFailed">
}

type Status = "idle" | "loading" | "failed"

/**
 * The reviews of the server's first page, then "Load more" for the next ones in the same order and filter. The
 * button stays in place while loading (aria-disabled, not disabled) so keyboard focus is not lost; a live region
 * says what a load did.
 */
export default function ReviewList({ productId, initial, nextCursor, sort, rating, signedIn, locale, t }: Props) {
  const [reviews, setReviews] = useState(initial)
  const [cursor, setCursor] = useState(nextCursor)
  const [status, setStatus] = useState<Status>("idle")
  const [added, setAdded] = useState(0)
  const busy = useRef(false)

  const load = async () => {
    if (busy.current || !cursor) return
    busy.current = true
    setStatus("loading")
    const result = await loadReviews({ product_id: productId, sort, rating, cursor, locale }).catch(
      () => ({ ok: false }) as const
    )
    busy.current = false
    if (!result.ok) {
      setStatus("failed")
      return
    }
    // A review written since the first page may move the rest along: one already shown is not shown twice.
    const shown = new Set(reviews.map((review) => review.id))
    const fresh = result.reviews.filter((review) => !shown.has(review.id))
    setReviews([...reviews, ...fresh])
    setCursor(result.nextCursor)
    setAdded(fresh.length)
    setStatus("idle")
  }

  return (
    <>
      <ol className="review-list" aria-label={t.list}>
        {reviews.map((review) => (
          <li key={review.id}>
            <ReviewItem review={review} signedIn={signedIn} locale={locale} t={t} />
          </li>
        ))}
      </ol>
      <div className="pager">
        <p className="pager__status" role="status">
          {status === "failed" ? t.loadFailed : added > 0 ? countText(added, locale, t.loaded) : ""}
        </p>
        {cursor && (
          <button
            type="button"
            className="button pager__button"
            data-testid="load-more-reviews"
            aria-disabled={status === "loading" || undefined}
            onClick={() => void load()}
          >
            {status === "loading" ? t.loading : t.loadMore}
          </button>
        )}
      </div>
    </>
  )
}
