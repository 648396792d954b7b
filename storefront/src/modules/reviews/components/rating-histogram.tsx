import Link from "next/link"

import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { formatPercent, histogramRows, type RatingSummary } from "@/lib/reviews/rating"
import { countText } from "@/lib/social/format"

type Props = {
  summary: RatingSummary
  locale: string
  t: Pick<ReviewMessages, "histogram" | "stars" | "count">
  /** Where a row leads: the reviews with that many stars. Without it the rows are plain. */
  hrefOf?: (stars: number) => string
  /** The star count the list is narrowed to, marked as the current row. */
  active?: number | null
}

/** How many reviews gave each number of stars, five first, as bars with the share and the count in words. */
export default function RatingHistogram({ summary, locale, t, hrefOf, active }: Props) {
  return (
    <ul className="histogram" aria-label={t.histogram}>
      {histogramRows(summary).map(({ stars, count, share }) => {
        const content = (
          <>
            <span className="histogram__label">{countText(stars, locale, t.stars)}</span>{" "}
            <span className="histogram__bar" aria-hidden="true">
              <span className="histogram__fill" style={{ width: `${share * 100}%` }} />
            </span>{" "}
            <span className="histogram__share">{formatPercent(share, locale)}</span>
            <span className="visually-hidden">, {countText(count, locale, t.count)}</span>
          </>
        )
        return (
          <li key={stars}>
            {hrefOf && count > 0 ? (
              <Link
                href={hrefOf(stars)}
                className="histogram__row histogram__row--link"
                aria-current={active === stars ? "true" : undefined}
              >
                {content}
              </Link>
            ) : (
              <span className="histogram__row">{content}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
