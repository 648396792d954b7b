import Link from "next/link"

import type { LedgerLine } from "@/lib/data/seller-reads"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { formatDate, shortId } from "@/lib/seller/format"
import { formatMoney } from "@/lib/util/money"

type Props = { lines: LedgerLine[]; caption: string; locale: Locale; t: SellerMessages["payouts"] }

/** Ledger lines: a sale is the seller's share of an order, a refund takes part of it back (a negative amount). */
export default function LedgerTable({ lines, caption, locale, t }: Props) {
  return (
    <div className="seller-table-wrap">
      <table className="seller-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.date}</th>
            <th scope="col">{t.columns.order}</th>
            <th scope="col">{t.columns.type}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col" className="seller-table__number">
              {t.columns.commission}
            </th>
            <th scope="col" className="seller-table__number">
              {t.columns.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td>{formatDate(line.created_at, locale)}</td>
              <td>
                <Link href={`/${locale}/sell/orders/${line.order_id}`}>
                  {fill(t.order, { id: shortId(line.order_id) })}
                </Link>
              </td>
              <td>{t.type[line.type]}</td>
              <td>
                <span className={`seller-badge seller-badge--${line.status}`}>{t.lineStatus[line.status]}</span>
              </td>
              <td className="seller-table__number">
                {formatMoney(line.commission_amount, line.currency_code, locale)}
              </td>
              <td className="seller-table__number">{formatMoney(line.amount, line.currency_code, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
