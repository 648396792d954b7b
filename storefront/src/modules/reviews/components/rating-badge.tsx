import { fill } from "@/lib/i18n/fill"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { formatAverage, hasRatings, type RatingSummary } from "@/lib/reviews/rating"
import { countText } from "@/lib/social/format"

import Stars from "./stars"

type Props = { rating: RatingSummary | null | undefined; locale: string; t: ReviewMessages }

/** Beside the product's title: its stars, average and number of reviews, leading to the reviews below. */
export default function RatingBadge({ rating, locale, t }: Props) {
  if (!hasRatings(rating)) {
    return (
      <p className="rating-badge rating-badge--none" data-testid="product-rating">
        {t.noReviews}
      </p>
    )
  }
  const average = formatAverage(rating.average, locale)
  return (
    <p className="rating-badge" data-testid="product-rating">
      <a href="#reviews" className="rating-badge__link">
        <Stars value={rating.average} label={fill(t.outOf, { rating: average })} />{" "}
        <span className="rating-badge__average" aria-hidden="true">
          {average}
        </span>{" "}
        <span className="rating-badge__count">({countText(rating.count, locale, t.count)})</span>
      </a>
    </p>
  )
}
