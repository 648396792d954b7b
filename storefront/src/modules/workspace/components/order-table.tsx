import Link from "next/link"

import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { formatMoney } from "@/lib/util/money"
import { pieceCount } from "@/lib/workspace/fulfilment"
import type { VendorOrder } from "@/lib/workspace/types"
import { formatDate } from "@/modules/account/dates"

import StatusBadge from "./status-badge"
import TableScroll from "./table-scroll"

type Props = { orders: VendorOrder[]; locale: Locale; t: Pick<WorkspaceMessages, "orders" | "orderStatus"> }

/** The orders with the seller's items: number, date, customer, the seller's pieces and total, and their status. */
export default function OrderTable({ orders, locale, t }: Props) {
  const numbers = new Intl.NumberFormat(locale)
  return (
    <TableScroll label={t.orders.caption}>
      <table className="workspace-table">
        <caption className="visually-hidden">{t.orders.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.orders.number}</th>
            <th scope="col">{t.orders.date}</th>
            <th scope="col">{t.orders.customer}</th>
            <th scope="col" className="workspace-table__number">
              {t.orders.items}
            </th>
            <th scope="col" className="workspace-table__number">
              {t.orders.total}
            </th>
            <th scope="col">{t.orders.status}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </TableScroll>
  )
}
