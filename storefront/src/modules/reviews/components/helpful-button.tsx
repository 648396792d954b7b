"use client"

import { useOptimistic, useState, useTransition } from "react"

import { setHelpful, type ReviewFailure } from "@/lib/data/review-actions"
import { fill } from "@/lib/i18n/fill"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { formatCount } from "@/lib/social/format"

type Props = {
  reviewId: string
  helpful: boolean
  count: number
  locale: string
  t: Pick<ReviewMessages, "helpful" | "helpfulFailed" | "signedOut" | "gone">
}

type Vote = { helpful: boolean; count: number }

/**
 * "Helpful (n)" as a toggle, at once (optimistic); the backend's answer then holds. On failure the button goes back
 * to what it was and a message says why.
 */
export default function HelpfulButton({ reviewId, helpful, count, locale, t }: Props) {
  const [saved, setSaved] = useState<Vote>({ helpful, count })
  const [shown, show] = useOptimistic(saved)
  const [pending, startTransition] = useTransition()
  const [failure, setFailure] = useState<ReviewFailure | null>(null)

  const toggle = () => {
    if (pending) return
    const next = { helpful: !shown.helpful, count: Math.max(0, shown.count + (shown.helpful ? -1 : 1)) }
    setFailure(null)
    startTransition(async () => {
      show(next)
      const result = await setHelpful({ review_id: reviewId, helpful: next.helpful })
      startTransition(() => {
        if (result.ok) setSaved({ helpful: result.helpful, count: result.count })
        else setFailure(result.error)
      })
    })
  }

  return (
    <span className="review__helpful">
      <button type="button" className="button button--small" aria-pressed={shown.helpful} onClick={toggle}>
        {fill(t.helpful, { n: formatCount(shown.count, locale) })}
      </button>
      <span className="review__status" role="status">
        {failure === "failed" ? t.helpfulFailed : failure === "signedOut" ? t.signedOut : failure ? t.gone : ""}
      </span>
    </span>
  )
}
