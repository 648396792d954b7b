import { notFound } from "next/navigation"

import { requireSeller } from "@/lib/data/vendor"
import { listVendorOrders, ORDERS_PAGE_SIZE } from "@/lib/data/vendor-orders"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { pageCount, parsePage } from "@/lib/util/pagination"
import { listHref, parseFilter } from "@/lib/workspace/filters"
import { FULFILLMENT_STATUSES } from "@/lib/workspace/types"
import Pagination from "@/modules/common/components/pagination"
import FilterNav from "@/modules/workspace/components/filter-nav"
import OrderTable from "@/modules/workspace/components/order-table"
import { workspaceMetadata } from "@/modules/workspace/components/metadata"

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
  const base = `/${locale}/sell/orders`

  return (
    <>
      <h1>{t.orders.title}</h1>
      <FilterNav
        label={t.filter.label}
        options={[null, ...FULFILLMENT_STATUSES].map((option) => ({
          href: listHref(base, "status", option),
          label: option ? t.orderStatus[option] : t.filter.all,
          current: option === status,
        }))}
      />
      {orders.length === 0 ? (
        <p className="workspace-empty">{status ? t.orders.emptyStatus : t.orders.empty}</p>
      ) : (
        <>
          <OrderTable orders={orders} locale={locale} t={t} />
          <Pagination
            page={page}
            pages={pageCount(count, ORDERS_PAGE_SIZE)}
            href={(target) => listHref(base, "status", status, target)}
            t={dictionary.pagination}
          />
        </>
      )}
    </>
  )
}
