import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { invoiceNotice } from "@/lib/account/invoice"
import { buyAgain } from "@/lib/data/cart"
import { requireCustomer } from "@/lib/data/customer-reads"
import { retrieveOrder } from "@/lib/data/orders"
import { listCountries } from "@/lib/data/regions"
import { listOwnReviews } from "@/lib/data/reviews"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { lineState } from "@/lib/reviews/lines"
import { messageOf } from "@/lib/util/errors"
import OrderDetail from "@/modules/account/components/order-detail"
import { accountMetadata } from "@/modules/account/metadata"
import LineReview from "@/modules/reviews/components/line-review"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const detail = await retrieveOrder(id).catch(() => null)
  const number = detail?.order.display_id ?? id
  return accountMetadata(params, (t) => (detail ? fill(t.orders.number, { number }) : t.orders.title))
}

/** One of the signed-in customer's orders, with "buy again", its invoice, and a review for each delivered line. */
export default async function OrderPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const detail = await retrieveOrder(id)
  if (!detail) notFound()
  const dictionary = getDictionary(locale)
  const t = dictionary.account
  const { invoice, review } = await searchParams
  // Only delivered lines can have reviews: an order without one needs no call. Without the customer's reviews the
  // page cannot tell which lines are reviewed, so it then offers none (logged).
  const delivered = (detail.order.items ?? []).some((item) => (item.detail?.delivered_quantity ?? 0) > 0)
  const reviews = delivered
    ? await listOwnReviews(detail.order.id).catch((error: unknown) => {
        console.error(`Reviews of order ${detail.order.id} unavailable: ${messageOf(error)}`)
        return null
      })
    : []
  const now = new Date()
  return (
    <OrderDetail
      detail={detail}
      locale={locale}
      countries={await listCountries(locale).catch(() => [])}
      back={{ href: `/${locale}/account/orders`, label: t.order.back }}
      invoice={{ href: `/${locale}/account/orders/${detail.order.id}/invoice`, notice: invoiceNotice(invoice) }}
      actions={
        <>
          {review === "deleted" && (
            <p className="account__notice" role="status" data-testid="review-notice">
              {dictionary.reviews.notices.deleted}
            </p>
          )}
          {/* A plain form: the action adds the order's items to the cart and opens it. */}
          <form action={buyAgain}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="order_id" value={detail.order.id} />
            <button type="submit" className="button">
              {t.order.buyAgain}
            </button>
          </form>
        </>
      }
      lineExtra={
        reviews
          ? (item) => (
              <LineReview
                state={lineState(item, reviews, now)}
                lineId={item.id}
                orderId={detail.order.id}
                product={item.product_title ?? item.title}
                locale={locale}
                t={dictionary.reviews}
              />
            )
          : undefined
      }
    />
  )
}
