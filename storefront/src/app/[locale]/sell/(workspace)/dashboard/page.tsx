import Link from "next/link"
import { notFound } from "next/navigation"

import { getDashboard, type Balance } from "@/lib/data/seller-reads"
import { requireSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { salesSeries } from "@/lib/seller/chart"
import { sellerMetadata } from "@/lib/seller/metadata"
import { STORE_CURRENCY } from "@/lib/seller/money"
import { formatMoney } from "@/lib/util/money"
import SalesChart from "@/modules/seller/components/sales-chart"

type Props = { params: Promise<{ locale: string }> }

const DAYS = 30

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.dashboard.title)
}

/** One figure per currency the seller has a balance in; nothing yet reads as zero in the store's currency. */
function amounts(balance: Balance[], key: "payable" | "pending", locale: Locale): string[] {
  if (balance.length === 0) return [formatMoney(0, STORE_CURRENCY, locale)]
  return balance.map((entry) => formatMoney(entry[key], entry.currency_code, locale))
}

export default async function DashboardPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireSeller(locale)
  const t = getDictionary(locale).seller.dashboard
  const dashboard = await getDashboard(DAYS)
  const series = salesSeries(dashboard.sales, dashboard.currency_code)
  const several = series.length > 1
  const cards = [
    { key: "payable", title: t.payable, hint: t.payableHint },
    { key: "pending", title: t.pendingBalance, hint: t.pendingHint },
  ] as const

  return (
    <>
      <h1>{t.title}</h1>
      <ul className="seller-cards">
        <li className="seller-card">
          <h2 className="seller-card__title">{t.openOrders}</h2>
          <p className="seller-card__figure">{new Intl.NumberFormat(locale).format(dashboard.open_orders)}</p>
          <p className="seller-card__hint">{t.openOrdersHint}</p>
          <Link href={`/${locale}/sell/orders`}>{t.viewOrders}</Link>
        </li>
        {cards.map(({ key, title, hint }) => (
          <li key={key} className="seller-card">
            <h2 className="seller-card__title">{title}</h2>
            {amounts(dashboard.balance, key, locale).map((amount) => (
              <p key={amount} className="seller-card__figure">
                {amount}
              </p>
            ))}
            <p className="seller-card__hint">{hint}</p>
          </li>
        ))}
      </ul>

      <section className="seller-section" aria-labelledby="dashboard-sales">
        <h2 id="dashboard-sales">{fill(t.sales, { days: DAYS })}</h2>
        {series.length === 0 && <p className="seller-muted">{fill(t.noSales, { days: DAYS })}</p>}
        {series.map((one) => (
          <div key={one.currency}>
            {several && <h3>{fill(t.salesIn, { currency: one.currency.toUpperCase() })}</h3>}
            <SalesChart series={one} days={DAYS} locale={locale} t={t} />
          </div>
        ))}
      </section>
    </>
  )
}
