import Link from "next/link"
import { notFound } from "next/navigation"

import { requireCustomer } from "@/lib/data/customer-reads"
import { listOrders, ORDERS_PAGE_SIZE } from "@/lib/data/orders"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { pageCount, parsePage } from "@/lib/util/pagination"
import OrderList from "@/modules/account/components/order-list"
import { accountMetadata } from "@/modules/account/metadata"
import Pagination from "@/modules/common/components/pagination"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return accountMetadata(params, (t) => t.orders.title)
}

export default async function OrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const dictionary = getDictionary(locale)
  const t = dictionary.account
  const page = parsePage((await searchParams).page)
  const { orders, count } = await listOrders({ limit: ORDERS_PAGE_SIZE, offset: (page - 1) * ORDERS_PAGE_SIZE })
  if (page > 1 && orders.length === 0) notFound()

  return (
    <>
      <h1>{t.orders.title}</h1>
      {orders.length === 0 ? (
        <div className="empty">
          <p>{t.orders.empty}</p>
          <Link className="button" href={`/${locale}/products`}>
            {t.orders.shop}
          </Link>
        </div>
      ) : (
        <>
          <OrderList orders={orders} locale={locale} t={t.orders} />
          <Pagination
            page={page}
            pages={pageCount(count, ORDERS_PAGE_SIZE)}
            href={(target) => `/${locale}/account/orders${target > 1 ? `?page=${target}` : ""}`}
            t={dictionary.pagination}
          />
        </>
      )}
    </>
  )
}
