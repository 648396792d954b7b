import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { retrievePlacedOrder } from "@/lib/data/checkout-reads"
import { sellersOfProducts } from "@/lib/data/products"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"
import SellerGroups from "@/modules/checkout/components/seller-groups"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getDictionary(locale).checkout.confirmed.title, robots: { index: false } } : {}
}

/** After the order is placed: its number, where it goes, and which sellers ship it. */
export default async function OrderConfirmedPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const order = await retrievePlacedOrder(id)
  if (!order) notFound()
  const t = getDictionary(locale).checkout
  const items = order.items ?? []
  const sellers = await sellersOfProducts(items.map((item) => item.product_id).filter((pid): pid is string => Boolean(pid)))
  const sellerCount = new Set(items.map((item) => sellers.get(item.product_id ?? "")?.id)).size
  const money = (amount: number) => formatMoney(amount, order.currency_code, locale)
  const address = order.shipping_address

  return (
    <div className="order-confirmed">
      <h1>{t.confirmed.title}</h1>
      <p className="order-confirmed__number">
        {t.confirmed.number}: <strong data-testid="order-number">#{order.display_id}</strong>
      </p>
      <p>{fill(t.confirmed.email, { email: order.email ?? "" })}</p>
      {(order.payment_status === "captured" || order.payment_status === "authorized") && <p>{t.confirmed.paid}</p>}
      {sellerCount > 1 && <p>{fill(t.confirmed.sellers, { n: sellerCount })}</p>}
      <section aria-labelledby="confirmed-items" className="checkout-summary">
        <h2 id="confirmed-items">{t.confirmed.items}</h2>
        <SellerGroups lines={items} sellers={sellers} money={money} t={t} />
        <dl className="checkout-summary__totals">
          <div className="checkout-summary__total">
            <dt>{t.total}</dt>
            <dd>{money(order.total)}</dd>
          </div>
        </dl>
      </section>
      {address && (
        <section aria-labelledby="confirmed-address">
          <h2 id="confirmed-address">{t.confirmed.shipTo}</h2>
          <address>
            {address.first_name} {address.last_name}
            <br />
            {address.address_1}
            <br />
            {address.postal_code} {address.city}, {address.country_code?.toUpperCase()}
          </address>
        </section>
      )}
      <p className="order-confirmed__actions">
        <Link className="button button--primary" href={`/${locale}/order/${order.id}`}>
          {t.confirmed.follow}
        </Link>
        <Link className="button" href={`/${locale}/products`}>
          {t.confirmed.continue}
        </Link>
      </p>
    </div>
  )
}
