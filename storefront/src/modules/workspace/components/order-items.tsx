import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { formatMoney } from "@/lib/util/money"
import { lineName } from "@/lib/workspace/fulfilment"
import type { VendorOrderItem } from "@/lib/workspace/types"

import DataTable from "./data-table"
import TableScroll from "./table-scroll"

type Props = {
  items: (VendorOrderItem & { thumbnailSrc: string | null })[]
  currency: string
  locale: Locale
  t: WorkspaceMessages["order"]
}

/** The seller's lines of the order and how far each has come: ordered, fulfilled, shipped, delivered. */
export default function OrderItems({ items, currency, locale, t }: Props) {
  const numbers = new Intl.NumberFormat(locale)
  const amounts = [t.ordered, t.fulfilled, t.shipped, t.delivered, t.unitPrice]
  return (
    <TableScroll label={t.items}>
      <DataTable caption={t.items} columns={[t.item, ...amounts.map((label) => ({ label, numeric: true }))]}>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row" className="workspace-table__title">
              <span className="workspace-line">
                {item.thumbnailSrc ? (
                  <img src={item.thumbnailSrc} alt="" width={48} height={48} loading="lazy" />
                ) : (
                  <span className="workspace-table__no-thumb" />
                )}
                <span>
                  {lineName(item)}
                  {item.variant_sku && <span className="workspace-line__sku">{item.variant_sku}</span>}
                </span>
              </span>
            </th>
            <td className="workspace-table__number">{numbers.format(item.detail.quantity)}</td>
            <td className="workspace-table__number">{numbers.format(item.detail.fulfilled_quantity)}</td>
            <td className="workspace-table__number">{numbers.format(item.detail.shipped_quantity)}</td>
            <td className="workspace-table__number">{numbers.format(item.detail.delivered_quantity)}</td>
            <td className="workspace-table__number">{formatMoney(item.unit_price, currency, locale)}</td>
          </tr>
        ))}
      </DataTable>
    </TableScroll>
  )
}
