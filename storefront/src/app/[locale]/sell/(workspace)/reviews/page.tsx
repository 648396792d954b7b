import { notFound } from "next/navigation"

import { requireSeller } from "@/lib/data/vendor"
import { listVendorReviews, REVIEWS_PAGE_SIZE } from "@/lib/data/vendor-reviews"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { pageCount, parsePage } from "@/lib/util/pagination"
import { parseReviewFilters } from "@/lib/workspace/reviews"
import { workspaceMetadata } from "@/modules/workspace/components/metadata"
import ReviewCard from "@/modules/workspace/components/review-card"
import ReviewList from "@/modules/workspace/components/review-list"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return workspaceMetadata(params, (t) => t.reviews.title)
}

/** The reviews of the seller's products, newest first, hidden ones included, by rating and reply, to answer. */
export default async function ReviewsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireSeller(locale)
  const dictionary = getDictionary(locale)
  const t = dictionary.workspace
  const query = await searchParams
  const filters = parseReviewFilters(query)
  const page = parsePage(query.page)
  const { reviews, count } = await listVendorReviews({ ...filters, page })
  if (page > 1 && reviews.length === 0) notFound()

  return (
    <>
      <h1>{t.reviews.title}</h1>
      <p className="workspace-intro">{t.reviews.intro}</p>
      <ReviewList
        base={`/${locale}/sell/reviews`}
        filters={filters}
        page={page}
        pages={pageCount(count, REVIEWS_PAGE_SIZE)}
        count={count}
        locale={locale}
        t={{ filter: t.filter, reviews: t.reviews, pagination: dictionary.pagination }}
      >
        {reviews.map((review) => (
          <ReviewCard key={review.id} review={review} locale={locale} t={t.reviews} />
        ))}
      </ReviewList>
    </>
  )
}
