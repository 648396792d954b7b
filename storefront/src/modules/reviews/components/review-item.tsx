import { fill } from "@/lib/i18n/fill"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import type { ReviewView } from "@/lib/reviews/view"
import { countText } from "@/lib/social/format"

import HelpfulButton from "./helpful-button"
import ReportReview from "./report-review"
import Stars from "./stars"

export type ItemMessages = Pick<
  ReviewMessages,
  | "outOf"
  | "verified"
  | "edited"
  | "photos"
  | "photoAlt"
  | "newTab"
  | "reply"
  | "helpful"
  | "helpfulCount"
  | "helpfulFailed"
  | "signedOut"
  | "gone"
  | "report"
>

type Props = { review: ReviewView; signedIn: boolean; locale: string; t: ItemMessages }

/**
 * One review: stars and title, who wrote it when (a verified purchase, perhaps edited), the text, photos as
 * thumbnails that open the full image, the seller's reply, then "Helpful" and "Report" for others' reviews.
 */
export default function ReviewItem({ review, signedIn, locale, t }: Props) {
  const titleId = `review-${review.id}-title`
  return (
    <article className="review" aria-labelledby={titleId} data-testid="review">
      <header className="review__head">
        <Stars value={review.rating} label={fill(t.outOf, { rating: review.rating })} />{" "}
        <h3 id={titleId} className="review__title">
          {review.title}
        </h3>
      </header>
      <p className="review__meta">
        <span className="review__author">{review.author}</span>{" "}
        {review.verified && (
          <>
            <span className="review__badge" data-testid="verified-purchase">
              {t.verified}
            </span>{" "}
          </>
        )}
        <time dateTime={review.createdAt}>{review.date}</time>
        {review.edited && (
          <>
            {" "}
            <span className="review__edited">{t.edited}</span>
          </>
        )}
      </p>
      <p className="review__body">{review.body}</p>
      {review.images.length > 0 && (
        <ul className="review__photos" aria-label={t.photos}>
          {review.images.map((src, i) => (
            <li key={src}>
              <a href={src} target="_blank" rel="noopener noreferrer" className="review__photo">
                <img src={src} alt={fill(t.photoAlt, { n: i + 1, name: review.author })} width={72} height={72} loading="lazy" />
                <span className="visually-hidden"> {t.newTab}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {review.reply && (
        <div className="review__reply" data-testid="review-reply">
          <p className="review__reply-by">
            <strong>{fill(t.reply, { seller: review.reply.seller })}</strong>{" "}
            <time dateTime={review.reply.createdAt}>{review.reply.date}</time>
          </p>
          <p className="review__body">{review.reply.body}</p>
        </div>
      )}
      {!review.mine ? (
        <div className="review__actions">
          {signedIn ? (
            <HelpfulButton reviewId={review.id} helpful={review.helpfulByMe} count={review.helpfulCount} locale={locale} t={t} />
          ) : (
            review.helpfulCount > 0 && <span className="review__muted">{countText(review.helpfulCount, locale, t.helpfulCount)}</span>
          )}
          <ReportReview reviewId={review.id} locale={locale} signedIn={signedIn} t={t} />
        </div>
      ) : (
        review.helpfulCount > 0 && (
          <p className="review__actions review__muted">{countText(review.helpfulCount, locale, t.helpfulCount)}</p>
        )
      )}
    </article>
  )
}
