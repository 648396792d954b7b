import Link from "next/link"

import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { formatMoney } from "@/lib/util/money"
import { pieceCount } from "@/lib/workspace/fulfilment"
import type { VendorOrder } from "@/lib/workspace/types"
import { formatDate } from "@/modules/account/dates"

import DataTable from "./data-table"
import StatusBadge from "./status-badge"
import TableScroll from "./table-scroll"

type Props = { orders: VendorOrder[]; locale: Locale; t: Pick<WorkspaceMessages, "orders" | "orderStatus"> }

/** The orders with the seller's items: number, date, customer, the seller's pieces and total, and their status. */
export default function OrderTable({ orders, locale, t }: Props) {
  const numbers = new Intl.NumberFormat(locale)
  const columns = [
    t.orders.number,
    t.orders.date,
    t.orders.customer,
    { label: t.orders.items, numeric: true },
    { label: t.orders.total, numeric: true },
    t.orders.status,
  ]
  return (
    <TableScroll label={t.orders.caption}>
      <DataTable caption={t.orders.caption} columns={columns}>
        {orders.map((order) => (
          <tr key={order.id}>
            <th scope="row">
              <Link href={`/${locale}/sell/orders/${order.id}`}>#{order.display_id}</Link>
            </th>
            <td>
              <time dateTime={order.created_at}>{formatDate(order.created_at, locale)}</time>
            </td>
            <td className="workspace-table__email">{order.email}</td>
            <td className="workspace-table__number">{numbers.format(pieceCount(order.items))}</td>
            <td className="workspace-table__number">{formatMoney(order.item_total, order.currency_code, locale)}</td>
            <td>
              <StatusBadge kind="order" status={order.fulfillment_status} t={t.orderStatus} />
            </td>
          </tr>
        ))}
      </DataTable>
    </TableScroll>
  )
}
