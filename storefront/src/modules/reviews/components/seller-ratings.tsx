import { fill } from "@/lib/i18n/fill"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import type { SocialMessages } from "@/lib/i18n/messages/social"
import { formatPercent, hasRatings } from "@/lib/reviews/rating"
import type { SellerRating } from "@/lib/reviews/types"

import RatingSummary from "./rating-summary"

type Props = {
  /** Null when the seller's rating could not be read, or the backend has none. */
  rating: SellerRating | null
  locale: string
  t: { profile: SocialMessages["profile"]; reviews: ReviewMessages }
}

/** A seller profile's ratings: its products' reviews in numbers and, once counted, its share delivered on time. */
export default function SellerRatings({ rating, locale, t }: Props) {
  const share = rating?.on_time.share ?? null
  return (
    <section className="profile-section" aria-labelledby="ratings-heading" data-testid="seller-ratings">
      <h2 id="ratings-heading">{t.profile.ratingsTitle}</h2>
      {hasRatings(rating) ? (
        <>
          <p className="profile-section__intro">{t.profile.ratingsIntro}</p>
          <RatingSummary summary={rating} locale={locale} t={t.reviews} />
        </>
      ) : (
        <p className="profile-section__empty">{t.profile.noRatings}</p>
      )}
      {share !== null && (
        <p className="seller-on-time" data-testid="seller-on-time">
          {fill(t.profile.onTime, { percent: formatPercent(share, locale) })}
        </p>
      )}
    </section>
  )
}
