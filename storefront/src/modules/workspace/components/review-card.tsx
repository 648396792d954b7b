import Link from "next/link"

import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { formatDate } from "@/lib/seller/format"
import type { VendorReview } from "@/lib/workspace/reviews"

import ReviewReply from "./review-reply"
import ReviewText from "./review-text"

type Props = { review: VendorReview; locale: Locale; t: WorkspaceMessages["reviews"] }

/**
 * One review of the seller's products: its stars, words and photos, who wrote it and when, the product it is about
 * (its page in the shop) and the order it came from, whether an operator hid it, and the seller's reply.
 */
export default function ReviewCard({ review, locale, t }: Props) {
  const titleId = `review-${review.id}-title`
  const date = (value: string) => formatDate(value, locale)
  const hidden = review.status === "hidden"
  return (
    <article className="parcel" aria-labelledby={titleId}>
      <div className="workspace-summary">
        <span role="img" aria-label={fill(t.rating, { n: review.rating })}>
          {"★".repeat(review.rating)}
          {"☆".repeat(5 - review.rating)}
        </span>
        <span className={`status-badge status-badge--${hidden ? "problem" : "done"}`}>{t.status[review.status]}</span>
        <span>
          {fill(t.written, { date: date(review.created_at) })}
          {review.edited_at && ` (${fill(t.edited, { date: date(review.edited_at) })})`}
        </span>
      </div>
      <h2 id={titleId}>{review.title}</h2>
      <ReviewText text={review.body} />
      {review.images.length > 0 && (
        <div className="workspace-line" role="group" aria-label={t.photos}>
          {review.images.map((image, index) => (
            <a key={image.url} href={image.url} target="_blank" rel="noreferrer">
              <img
                src={image.url}
                alt={fill(t.photo, { n: index + 1, name: review.author.name })}
                width={48}
                height={48}
                loading="lazy"
              />
            </a>
          ))}
        </div>
      )}
      <p className="workspace-muted">
        {fill(t.by, { name: review.author.name })}
        {review.verified_purchase && ` · ${t.verified}`}
      </p>
      <p>
        {`${t.product}: `}
        {/* A product deleted since has no page (and the API no title or handle for it). */}
        {review.product.handle ? (
          <Link href={`/${locale}/products/${review.product.handle}`}>{review.product.title}</Link>
        ) : (
          review.product.title || review.product_id
        )}
        {" · "}
        <Link href={`/${locale}/sell/orders/${review.order_id}`}>{t.order}</Link>
      </p>
      {hidden && <p className="workspace-reason">{t.hidden}</p>}
      <ReviewReply
        locale={locale}
        reviewId={review.id}
        reply={review.reply}
        t={{ reply: t.reply, errors: t.errors, messages: t.messages }}
      />
    </article>
  )
}
