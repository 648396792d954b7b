import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { requireCustomer } from "@/lib/data/customer-reads"
import { retrieveOrder } from "@/lib/data/orders"
import { getOwnReview } from "@/lib/data/reviews"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { formatDate } from "@/modules/account/dates"
import DeleteReview from "@/modules/reviews/components/delete-review"
import ReviewForm from "@/modules/reviews/components/review-form"
import ReviewedItem from "@/modules/reviews/components/reviewed-item"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: getDictionary(locale).reviews.order.edit } : {}),
    robots: { index: false, follow: false },
  }
}

/** The customer's own review: changed within 30 days of writing it, deleted at any time. */
export default async function EditReviewPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const review = await getOwnReview(id)
  if (!review) notFound()
  // The order names the product as it was bought, also when the product is no longer listed.
  const detail = await retrieveOrder(review.order_id)
  const item = detail?.order.items?.find((candidate) => candidate.id === review.line_item_id) ?? null
  const handle = item?.product_handle ?? null
  const editable = Date.now() < Date.parse(review.editable_until)

  const t = getDictionary(locale).reviews
  return (
    <article className="review-page">
      <p className="order-detail__back">
        <Link href={`/${locale}/account/orders/${review.order_id}`}>{t.form.backToOrder}</Link>
      </p>
      <h1>{fill(t.form.editTitle, { product: item?.product_title ?? item?.title ?? review.title })}</h1>
      {item && <ReviewedItem item={item} />}
      {editable ? (
        <>
          <p className="account__muted">
            {fill(t.form.editableUntil, { date: formatDate(review.editable_until, locale) })}
          </p>
          <ReviewForm
            locale={locale}
            target={{ review_id: review.id }}
            productHandle={handle}
            initial={{
              rating: review.rating,
              title: review.title,
              body: review.body,
              images: review.images,
            }}
            t={t}
          />
        </>
      ) : (
        <p className="account__notice">{t.form.editClosed}</p>
      )}
      <DeleteReview
        locale={locale}
        review={{ id: review.id, product_id: review.product_id, order_id: review.order_id }}
        productHandle={handle}
        t={{ delete: t.form.delete, messages: t.messages }}
      />
    </article>
  )
}
