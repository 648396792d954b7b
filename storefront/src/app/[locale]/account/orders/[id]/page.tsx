import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { invoiceNotice } from "@/lib/account/invoice"
import { buyAgain } from "@/lib/data/cart"
import { requireCustomer } from "@/lib/data/customer-reads"
import { retrieveOrder } from "@/lib/data/orders"
import { listCountries } from "@/lib/data/regions"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import OrderDetail from "@/modules/account/components/order-detail"
import { accountMetadata } from "@/modules/account/metadata"

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

/** One of the signed-in customer's orders, with "buy again" and its invoice. */
export default async function OrderPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const detail = await retrieveOrder(id)
  if (!detail) notFound()
  const t = getDictionary(locale).account
  const { invoice } = await searchParams
  return (
    <OrderDetail
      detail={detail}
      locale={locale}
      countries={await listCountries(locale).catch(() => [])}
      back={{ href: `/${locale}/account/orders`, label: t.order.back }}
      invoice={{ href: `/${locale}/account/orders/${detail.order.id}/invoice`, notice: invoiceNotice(invoice) }}
      actions={
        // A plain form: the action adds the order's items to the cart and opens it.
        <form action={buyAgain}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="order_id" value={detail.order.id} />
          <button type="submit" className="button">
            {t.order.buyAgain}
          </button>
        </form>
      }
    />
  )
}
