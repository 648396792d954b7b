import Link from "next/link"

import { fill } from "@/lib/i18n/fill"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import type { LineState } from "@/lib/reviews/lines"

import Stars from "./stars"

type Props = {
  state: LineState
  lineId: string
  orderId: string
  product: string
  locale: string
  t: Pick<ReviewMessages, "order" | "outOf">
}

/** Under a delivered line of the customer's order: "Write a review", or their review's stars and "Edit review". */
export default function LineReview({ state, lineId, orderId, product, locale, t }: Props) {
  if (state.kind === "none") return null
  if (state.kind === "write") {
    const href = `/${locale}/account/reviews/new?order=${orderId}&line=${lineId}`
    return (
      <p className="line-review">
        <Link
          href={href}
          className="button button--small"
          aria-label={fill(t.order.writeLabel, { product })}
          data-testid={`write-review-${lineId}`}
        >
          {t.order.write}
        </Link>
      </p>
    )
  }
  const { review, editable } = state
  return (
    <p className="line-review" data-testid={`line-review-${lineId}`}>
      <span>{t.order.yours}</span> <Stars value={review.rating} label={fill(t.outOf, { rating: review.rating })} />
      {editable && (
        <>
          {" "}
          <Link
            href={`/${locale}/account/reviews/${review.id}`}
            aria-label={fill(t.order.editLabel, { product })}
            data-testid={`edit-review-${lineId}`}
          >
            {t.order.edit}
          </Link>
        </>
      )}
    </p>
  )
}
