import { fill } from "@/lib/i18n/fill"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { formatAverage, type RatingSummary as Summary } from "@/lib/reviews/rating"
import { countText } from "@/lib/social/format"

import RatingHistogram from "./rating-histogram"
import Stars from "./stars"

type Props = {
  summary: Summary
  locale: string
  t: ReviewMessages
  hrefOf?: (stars: number) => string
  active?: number | null
}

/** The average large with its stars and the number of reviews, then the histogram. */
export default function RatingSummary({ summary, locale, t, hrefOf, active }: Props) {
  const average = formatAverage(summary.average, locale)
  return (
    <div className="rating-summary" data-testid="rating-summary">
      <div className="rating-summary__head">
        <p className="rating-summary__average" aria-hidden="true">
          {average}
        </p>
        <div>
          <Stars value={summary.average} label={fill(t.outOf, { rating: average })} size="large" />
          <p className="rating-summary__count">{countText(summary.count, locale, t.basedOn)}</p>
        </div>
      </div>
      <RatingHistogram summary={summary} locale={locale} t={t} hrefOf={hrefOf} active={active} />
    </div>
  )
}
