import Link from "next/link"

import type { LedgerLine } from "@/lib/data/seller-reads"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { formatDate, shortId } from "@/lib/seller/format"
import { formatMoney } from "@/lib/util/money"
import DataTable from "@/modules/workspace/components/data-table"
import StatusBadge from "@/modules/workspace/components/status-badge"
import TableScroll from "@/modules/workspace/components/table-scroll"

type Props = { lines: LedgerLine[]; caption: string; locale: Locale; t: SellerMessages["payouts"] }

/** Ledger lines: a sale is the seller's share of an order, a refund takes part of it back (a negative amount). */
export default function LedgerTable({ lines, caption, locale, t }: Props) {
  const columns = [
    t.columns.date,
    t.columns.order,
    t.columns.type,
    t.columns.status,
    { label: t.columns.commission, numeric: true },
    { label: t.columns.amount, numeric: true },
  ]
  return (
    <TableScroll>
      <DataTable caption={caption} columns={columns}>
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
              <StatusBadge kind="line" status={line.status} t={t.lineStatus} />
            </td>
            <td className="workspace-table__number">
              {formatMoney(line.commission_amount, line.currency_code, locale)}
            </td>
            <td className="workspace-table__number">{formatMoney(line.amount, line.currency_code, locale)}</td>
          </tr>
        ))}
      </DataTable>
    </TableScroll>
  )
}
