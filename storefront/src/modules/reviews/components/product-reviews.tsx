import Link from "next/link"

import { retrieveCustomer } from "@/lib/data/customer-reads"
import { listProductReviews } from "@/lib/data/reviews"
import { fill } from "@/lib/i18n/fill"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import type { ListOptions } from "@/lib/reviews/schemas"
import type { ReviewPage } from "@/lib/reviews/types"
import { reviewView } from "@/lib/reviews/view"
import { hasRatings } from "@/lib/reviews/rating"
import { countText } from "@/lib/social/format"
import { messageOf } from "@/lib/util/errors"

import RatingSummary from "./rating-summary"
import ReviewList from "./review-list"
import ReviewSort from "./review-sort"

type Props = {
  productId: string
  /** The product page's path, which the sort and the filters link to. */
  path: string
  options: ListOptions
  locale: string
  t: ReviewMessages
}

/** A link to the product's reviews in a sort and narrowed to a star count (or not). */
function listHref(path: string, sort: ListOptions["sort"], rating: number | null): string {
  const query = new URLSearchParams()
  if (sort !== "newest") query.set("sort", sort)
  if (rating) query.set("rating", String(rating))
  const search = query.toString()
  return `${path}${search ? `?${search}` : ""}#reviews`
}

/**
 * The product's reviews under its page: the summary with the histogram (each row narrows the list to its stars),
 * the sort, and the list with "Load more". When the reviews cannot be read (logged), the section says so and the
 * product page stands as it is.
 */
export default async function ProductReviews({ productId, path, options, locale, t }: Props) {
  const { sort, rating } = options
  let page: ReviewPage
  try {
    page = await listProductReviews(productId, { sort, rating })
  } catch (error) {
    console.error(`Reviews of product ${productId} unavailable: ${messageOf(error)}`)
    return <p className="reviews__empty">{t.unavailable}</p>
  }
  const signedIn = Boolean(await retrieveCustomer().catch(() => null))
  const summary = page.rating
  const starsText = rating ? countText(rating, locale, t.stars) : ""

  if (!hasRatings(summary)) return <p className="reviews__empty">{t.empty}</p>
  return (
    <div className="reviews__body">
      <RatingSummary
        summary={summary}
        locale={locale}
        t={t}
        hrefOf={(stars) => listHref(path, sort, stars)}
        active={rating}
      />
      <div className="reviews__list">
        <div className="reviews__controls">
          <ReviewSort action={path} sort={sort} rating={rating} t={t.sort} />
          {rating && (
            <p className="reviews__filter">
              {fill(t.filtered, { stars: starsText })}{" "}
              <Link href={listHref(path, sort, null)} scroll={false}>
                {t.showAll}
              </Link>
            </p>
          )}
        </div>
        {page.reviews.length === 0 ? (
          <p className="reviews__empty">{fill(t.emptyFiltered, { stars: starsText })}</p>
        ) : (
          <ReviewList
            // A new sort or filter starts a new list.
            key={`${sort}-${rating ?? "all"}`}
            productId={productId}
            initial={page.reviews.map((review) => reviewView(review, locale))}
            nextCursor={page.next_cursor}
            sort={sort}
            rating={rating}
            signedIn={signedIn}
            locale={locale}
            t={{
              outOf: t.outOf,
              verified: t.verified,
              edited: t.edited,
              photos: t.photos,
              photoAlt: t.photoAlt,
              newTab: t.newTab,
              reply: t.reply,
              helpful: t.helpful,
              helpfulCount: t.helpfulCount,
              helpfulFailed: t.helpfulFailed,
              signedOut: t.signedOut,
              gone: t.gone,
              report: t.report,
              list: t.list,
              loadMore: t.loadMore,
              loading: t.loading,
              loaded: t.loaded,
              loadFailed: t.loadFailed,
            }}
          />
        )}
      </div>
    </div>
  )
}
