import type { Payout } from "@/lib/data/seller-reads"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { formatDate, formatPeriod, plural } from "@/lib/seller/format"
import { payoutPeriod } from "@/lib/seller/payouts"
import { formatMoney } from "@/lib/util/money"
import StatusBadge from "@/modules/workspace/components/status-badge"

import LedgerTable from "./ledger-table"

type Props = { payouts: Payout[]; locale: Locale; t: SellerMessages["payouts"] }

/** The seller's payouts, newest first: amount, status, dates and the period of sales each one pays. */
export default function PayoutList({ payouts, locale, t }: Props) {
  return (
    <ul className="payout-list">
      {payouts.map((payout) => {
        const amount = formatMoney(payout.amount, payout.currency_code, locale)
        const period = payoutPeriod(payout.lines)
        const count = payout.lines.length
        return (
          <li key={payout.id} className="payout">
            <div className="payout__head">
              <h3 className="payout__title">{fill(t.payout, { amount })}</h3>
              <StatusBadge kind="payout" status={payout.status} t={t.status} />
            </div>
            <p className="seller-muted">
              {fill(t.created, { date: formatDate(payout.created_at, locale) })}
              {payout.paid_at && <> · {fill(t.paid, { date: formatDate(payout.paid_at, locale) })}</>}
              {period && <> · {fill(t.period, { period: formatPeriod(period.from, period.to, locale) })}</>}
            </p>
            {payout.status === "failed" && <p className="seller-notice">{t.failed}</p>}
            {count > 0 && (
              <details className="payout__lines">
                <summary>{fill(plural(locale, count, t.lines), { n: count })}</summary>
                <LedgerTable lines={payout.lines} caption={fill(t.payout, { amount })} locale={locale} t={t} />
              </details>
            )}
          </li>
        )
      })}
    </ul>
  )
}
