import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"

import { requireCustomer } from "@/lib/data/customer-reads"
import { retrieveOrder } from "@/lib/data/orders"
import { listOwnReviews } from "@/lib/data/reviews"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { lineState } from "@/lib/reviews/lines"
import { lineItemId, orderId } from "@/lib/reviews/schemas"
import { messageOf } from "@/lib/util/errors"
import ReviewForm from "@/modules/reviews/components/review-form"
import ReviewedItem from "@/modules/reviews/components/reviewed-item"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: getDictionary(locale).reviews.order.write } : {}),
    robots: { index: false, follow: false },
  }
}

/** Writing a review of one delivered line of the customer's order (`?order=&line=`, linked from the order page). */
export default async function NewReviewPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const { order: orderParam, line: lineParam } = await searchParams
  const order = orderId.safeParse(orderParam)
  const line = lineItemId.safeParse(lineParam)
  if (!order.success || !line.success) notFound()
  const detail = await retrieveOrder(order.data)
  const item = detail?.order.items?.find((candidate) => candidate.id === line.data)
  if (!detail || !item) notFound()
  // Without the customer's reviews the form is still offered: the backend refuses a second review of the line (409).
  const own = await listOwnReviews(order.data).catch((error: unknown) => {
    console.error(`Reviews of order ${order.data} unavailable: ${messageOf(error)}`)
    return []
  })
  const state = lineState(item, own, new Date())
  // Reviewed already: the review is changed on its own page.
  if (state.kind === "reviewed") redirect(`/${locale}/account/reviews/${state.review.id}`)

  const t = getDictionary(locale).reviews
  const product = item.product_title ?? item.title
  return (
    <article className="review-page">
      <p className="order-detail__back">
        <Link href={`/${locale}/account/orders/${order.data}`}>{t.form.backToOrder}</Link>
      </p>
      <h1>{fill(t.form.newTitle, { product })}</h1>
      <ReviewedItem item={item} />
      {state.kind === "none" ? (
        <p className="account__notice">{t.form.notDelivered}</p>
      ) : (
        <>
          <p className="account__muted">{t.form.intro}</p>
          <ReviewForm
            locale={locale}
            target={{ line_item_id: item.id, order_id: order.data }}
            productHandle={item.product_handle ?? null}
            t={t}
          />
        </>
      )}
    </article>
  )
}
