import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { CHART_BOX, chartLayout, type SalesSeries } from "@/lib/seller/chart"
import { formatDate, formatDay, plural } from "@/lib/seller/format"
import { formatTick } from "@/lib/seller/money"
import { formatMoney } from "@/lib/util/money"

type Props = { series: SalesSeries; days: number; locale: Locale; t: SellerMessages["dashboard"] }

/**
 * One currency's sales per day as a bar chart drawn on the server (inline SVG, no script). Screen readers get the
 * summary as the image's name and every day in a table that is only visually hidden.
 */
export default function SalesChart({ series, days, locale, t }: Props) {
  const { bars, ticks, labels } = chartLayout(series.days)
  const money = (amount: number) => formatMoney(amount, series.currency, locale)
  const summary = fill(plural(locale, series.orders, t.chart), { days, amount: money(series.amount), n: series.orders })
  return (
    <figure className="sales-chart">
      <svg className="sales-chart__image" role="img" aria-label={summary} width="100%" height={CHART_BOX.height}>
        {ticks.map((tick) => (
          <g key={tick.value}>
            <line className="sales-chart__grid" x1="0" x2="100%" y1={tick.y} y2={tick.y} />
            <text className="sales-chart__tick" x="0" y={tick.y - 4}>
              {formatTick(tick.value, series.currency, locale)}
            </text>
          </g>
        ))}
        {bars.map(({ x, y, width, height, day }) => (
          <rect key={day.date} className="sales-chart__bar" x={`${x}%`} y={y} width={`${width}%`} height={height}>
            <title>{`${formatDay(day.date, locale)}: ${money(day.amount)}`}</title>
          </rect>
        ))}
        {labels.map(({ x, date, anchor }) => (
          <text key={date} className="sales-chart__day" x={`${x}%`} y={CHART_BOX.height - 6} textAnchor={anchor}>
            {formatDay(date, locale)}
          </text>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{`${t.table} (${series.currency.toUpperCase()})`}</caption>
        <thead>
          <tr>
            <th scope="col">{t.day}</th>
            <th scope="col">{t.orders}</th>
            <th scope="col">{t.amount}</th>
          </tr>
        </thead>
        <tbody>
          {series.days.map((day) => (
            <tr key={day.date}>
              <th scope="row">{formatDate(day.date, locale)}</th>
              <td>{day.orders}</td>
              <td>{money(day.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
