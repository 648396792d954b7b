import Link from "next/link"

import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { formatMoney } from "@/lib/util/money"
import { listPrice, stockTotal } from "@/lib/workspace/summary"
import type { VendorProduct } from "@/lib/workspace/types"

import DataTable from "./data-table"
import StatusBadge from "./status-badge"
import TableScroll from "./table-scroll"

type Props = {
  products: (VendorProduct & { thumbnailSrc: string | null })[]
  locale: Locale
  t: Pick<WorkspaceMessages, "products" | "productStatus">
}

/** The seller's products: what each is, whether it is in the shop (and why not), its stock and price. */
export default function ProductTable({ products, locale, t }: Props) {
  const numbers = new Intl.NumberFormat(locale)
  const columns = [
    { label: t.products.image, hidden: true },
    t.products.product,
    t.products.status,
    { label: t.products.stock, numeric: true },
    { label: t.products.price, numeric: true },
  ]
  return (
    <TableScroll label={t.products.caption}>
      <DataTable caption={t.products.caption} columns={columns}>
        {products.map((product, index) => {
          const price = listPrice(product.variants)
          const amount = price ? formatMoney(price.amount, price.currency_code, locale) : null
          const reason = product.status === "rejected" ? product.moderation?.reason : null
          return (
            <tr key={product.id}>
              <td className="workspace-table__thumb">
                {product.thumbnailSrc ? (
                  <img
                    src={product.thumbnailSrc}
                    alt=""
                    width={56}
                    height={56}
                    loading={index < 6 ? "eager" : "lazy"}
                  />
                ) : (
                  <span className="workspace-table__no-thumb" />
                )}
              </td>
              <th scope="row" className="workspace-table__title">
                <Link href={`/${locale}/sell/products/${product.id}`}>{product.title}</Link>
              </th>
              <td>
                <StatusBadge kind="product" status={product.status} t={t.productStatus} />
                {reason && <p className="workspace-table__reason">{fill(t.products.reason, { reason })}</p>}
              </td>
              <td className="workspace-table__number">{numbers.format(stockTotal(product.variants))}</td>
              <td className="workspace-table__number">
                {!amount ? t.products.noPrice : price?.varies ? fill(t.products.from, { price: amount }) : amount}
              </td>
            </tr>
          )
        })}
      </DataTable>
    </TableScroll>
  )
}
