import { notFound } from "next/navigation"

import { requireSeller } from "@/lib/data/vendor"
import { listVendorOrders, ORDERS_PAGE_SIZE } from "@/lib/data/vendor-orders"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { pageCount, parsePage } from "@/lib/util/pagination"
import { parseFilter } from "@/lib/workspace/filters"
import { FULFILLMENT_STATUSES } from "@/lib/workspace/types"
import { workspaceMetadata } from "@/modules/workspace/components/metadata"
import OrderTable from "@/modules/workspace/components/order-table"
import StatusList from "@/modules/workspace/components/status-list"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return workspaceMetadata(params, (t) => t.orders.title)
}

/** The orders with the seller's items, newest first, by the seller's own fulfilment status. */
export default async function OrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireSeller(locale)
  const dictionary = getDictionary(locale)
  const t = dictionary.workspace
  const query = await searchParams
  const status = parseFilter(query.status, FULFILLMENT_STATUSES)
  const page = parsePage(query.page)
  const { orders, count } = await listVendorOrders({ status, page })
  if (page > 1 && orders.length === 0) notFound()

  return (
    <>
      <h1>{t.orders.title}</h1>
      <StatusList
        base={`/${locale}/sell/orders`}
        statuses={FULFILLMENT_STATUSES}
        status={status}
        labels={t.orderStatus}
        page={page}
        pages={pageCount(count, ORDERS_PAGE_SIZE)}
        rows={orders.length}
        empty={t.orders}
        t={{ filter: t.filter, pagination: dictionary.pagination }}
      >
        <OrderTable orders={orders} locale={locale} t={t} />
      </StatusList>
    </>
  )
}
