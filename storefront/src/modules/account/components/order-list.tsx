import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import { formatMoney } from "@/lib/util/money"

import { formatDate } from "../dates"
import { orderProgress } from "@/lib/account/timeline"

type Props = { orders: HttpTypes.StoreOrder[]; locale: Locale; t: AccountMessages["orders"]; headingLevel?: 2 | 3 }

/** The customer's orders as cards: number (linking to the order), date, items, total and progress. */
export default function OrderList({ orders, locale, t, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const plural = new Intl.PluralRules(locale)
  return (
    <ul className="order-list">
      {orders.map((order) => {
        const number = order.display_id ?? order.id
        const count = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
        const progress = orderProgress(order)
        return (
          <li key={order.id} className="order-card">
            <Heading className="order-card__title">
              <Link href={`/${locale}/account/orders/${order.id}`}>{fill(t.number, { number })}</Link>
            </Heading>
            <p className="order-card__meta">
              {fill(t.placedOn, { date: formatDate(order.created_at, locale) })} ·{" "}
              {fill(plural.select(count) === "one" ? t.items.one : t.items.other, { n: count })}
            </p>
            <p className="order-card__total">
              {t.total}: {formatMoney(order.total, order.currency_code, locale)}
            </p>
            <p className={`order-card__progress order-card__progress--${progress}`}>{t.progress[progress]}</p>
          </li>
        )
      })}
    </ul>
  )
}
