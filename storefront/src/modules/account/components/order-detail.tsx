import Link from "next/link"
import type { ReactNode } from "react"

import { countryNamer } from "@/lib/account/address-lines"
import { mayHaveInvoice, type InvoiceNotice } from "@/lib/account/invoice"
import { orderProgress } from "@/lib/account/timeline"
import type { AccountOrderItem, OrderDetail as Detail } from "@/lib/data/orders"
import type { Country } from "@/lib/data/regions"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"
import AddressBlock from "@/modules/account/components/address-block"
import OrderTimeline from "@/modules/account/components/order-timeline"
import { formatDate } from "@/modules/account/dates"

type Props = {
  detail: Detail
  locale: Locale
  countries: Country[]
  /** Where "back" leads: the account's order list, or nothing for a guest. */
  back?: { href: string; label: string }
  /** Extra actions under the heading, such as "buy again" for a signed-in customer. */
  actions?: ReactNode
  /** The signed-in customer's invoice download, and why an earlier one came back without the PDF. */
  invoice?: { href: string; notice?: InvoiceNotice }
  /** What a line adds under its quantity, such as the signed-in customer's review of it. */
  lineExtra?: (item: AccountOrderItem) => ReactNode
}

/** One order: a section per seller with its timeline and items, then addresses, delivery, payment and totals. */
export default function OrderDetail({ detail, locale, countries, back, actions, invoice, lineExtra }: Props) {
  const { order, parts } = detail
  const t = getDictionary(locale).account
  const countryName = countryNamer(countries)
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, order.currency_code, locale)
  const progress = orderProgress(order)

  return (
    <article className="order-detail">
      {back && (
        <p className="order-detail__back">
          <Link href={back.href}>{back.label}</Link>
        </p>
      )}
      <h1>{fill(t.orders.number, { number: order.display_id ?? order.id })}</h1>
      <p className="account__muted">
        {fill(t.orders.placedOn, { date: formatDate(order.created_at, locale) })} ·{" "}
        <span className={`order-card__progress order-card__progress--${progress}`}>{t.orders.progress[progress]}</span>
      </p>
      {invoice?.notice && (
        <p className="account__notice" role="status">
          {t.order.invoiceNotice[invoice.notice]}
        </p>
      )}
      {actions}

      {parts.map((part, index) => {
        const name = part.seller?.name
        const headingId = `order-part-${index}`
        return (
          <section key={part.seller?.id ?? "other"} className="order-part" aria-labelledby={headingId}>
            <h2 id={headingId}>{name ? fill(t.order.soldBy, { seller: name }) : t.order.otherItems}</h2>
            <OrderTimeline
              steps={part.steps}
              label={name ? fill(t.order.progressOf, { seller: name }) : t.order.progressOfOther}
              locale={locale}
              t={t.timeline}
            />
            <ul className="order-part__items">
              {part.items.map((item) => (
                <li key={item.id} className="order-item">
                  <div className="order-item__media">
                    {item.thumbnail && <img src={item.thumbnail} alt="" loading="lazy" />}
                  </div>
                  <div>
                    {item.product_handle ? (
                      <Link href={`/${locale}/products/${item.product_handle}`} className="order-item__title">
                        {item.product_title ?? item.title}
                      </Link>
                    ) : (
                      <span className="order-item__title">{item.product_title ?? item.title}</span>
                    )}
                    {item.variant_title && <p className="account__muted">{item.variant_title}</p>}
                    <p className="account__muted">{fill(t.order.quantity, { n: item.quantity })}</p>
                    {lineExtra?.(item)}
                  </div>
                  <p className="order-item__total">{money(item.total ?? item.unit_price * item.quantity)}</p>
                </li>
              ))}
            </ul>
          </section>
        )
      })}

      <div className="order-detail__info">
        {order.shipping_address && (
          <section aria-labelledby="order-shipping-address">
            <h2 id="order-shipping-address">{t.order.shippingAddress}</h2>
            <AddressBlock address={order.shipping_address} countryName={countryName} />
          </section>
        )}
        {order.billing_address && (
          <section aria-labelledby="order-billing-address">
            <h2 id="order-billing-address">{t.order.billingAddress}</h2>
            <AddressBlock address={order.billing_address} countryName={countryName} />
          </section>
        )}
        {(order.shipping_methods ?? []).length > 0 && (
          <section aria-labelledby="order-delivery">
            <h2 id="order-delivery">{t.order.delivery}</h2>
            <ul className="order-detail__plain">
              {(order.shipping_methods ?? []).map((method) => (
                <li key={method.id}>
                  {method.name}: {money(method.total ?? method.amount)}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="order-payment">
          <h2 id="order-payment">{t.order.payment}</h2>
          <p>{t.order.paymentStatus[order.payment_status] ?? order.payment_status}</p>
          {invoice && mayHaveInvoice(order) && (
            // A plain link, not next/link (no prefetch of a download) and no `download` attribute, so that a
            // redirect back to this page with a notice opens as a page rather than being saved as a file.
            <p>
              <a href={invoice.href}>
                {t.order.invoice}
              </a>
            </p>
          )}
        </section>
      </div>

      <section className="order-detail__summary" aria-labelledby="order-summary">
        <h2 id="order-summary">{t.order.summary}</h2>
        <dl>
          <div>
            <dt>{t.order.subtotal}</dt>
            <dd>{money(order.item_total)}</dd>
          </div>
          <div>
            <dt>{t.order.shipping}</dt>
            <dd>{money(order.shipping_total)}</dd>
          </div>
          {order.discount_total > 0 && (
            <div>
              <dt>{t.order.discount}</dt>
              <dd>−{money(order.discount_total)}</dd>
            </div>
          )}
          <div className="order-detail__total">
            <dt>{t.order.total}</dt>
            <dd>{money(order.total)}</dd>
          </div>
          <div>
            <dt>{t.order.taxes}</dt>
            <dd>{money(order.tax_total)}</dd>
          </div>
        </dl>
      </section>
    </article>
  )
}
