import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { retrieveOrderById } from "@/lib/data/orders"
import { listCountries } from "@/lib/data/regions"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import OrderDetail from "@/modules/account/components/order-detail"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  if (!isLocale(locale)) return {}
  const detail = await retrieveOrderById(id).catch(() => null)
  const t = getDictionary(locale).account.orders
  return { title: detail ? fill(t.number, { number: detail.order.display_id ?? id }) : t.title, robots: { index: false } }
}

/** An order's status for whoever has its id: the confirmation's link, or a guest's order lookup. */
export default async function OrderStatusPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const detail = await retrieveOrderById(id)
  if (!detail) notFound()
  return <OrderDetail detail={detail} locale={locale} countries={await listCountries(locale).catch(() => [])} />
}
