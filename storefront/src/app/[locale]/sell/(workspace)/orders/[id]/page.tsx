import Link from "next/link"
import { notFound } from "next/navigation"

import { mediaUrl } from "@/lib/data/social"
import { requireSeller } from "@/lib/data/vendor"
import { retrieveVendorOrder } from "@/lib/data/vendor-orders"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { lineName, linesToFulfil } from "@/lib/workspace/fulfilment"
import AddressBlock from "@/modules/account/components/address-block"
import { formatDate } from "@/modules/account/dates"
import FulfilForm from "@/modules/workspace/components/fulfil-form"
import FulfilmentList from "@/modules/workspace/components/fulfilment-list"
import OrderItems from "@/modules/workspace/components/order-items"
import OrderTotals from "@/modules/workspace/components/order-totals"
import StatusBadge from "@/modules/workspace/components/status-badge"
import { workspaceMetadata } from "@/modules/workspace/components/metadata"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props) {
  const { id } = await params
  const order = await retrieveVendorOrder(id).catch(() => null)
  return workspaceMetadata(params, (t) => (order ? fill(t.order.title, { number: order.display_id }) : t.orders.title))
}

/** One order as the seller sees it: where to ship, its items, its parcels with their next step, its amounts. */
export default async function OrderPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  await requireSeller(locale)
  // An order without this seller's items is "not found" to the Vendor API, and so here.
  const order = await retrieveVendorOrder(id)
  if (!order) notFound()
  const t = getDictionary(locale).workspace
  const regions = new Intl.DisplayNames([locale], { type: "region" })
  const countryName = (code: string) => regions.of(code.toUpperCase()) ?? code.toUpperCase()
  const methods = order.shipping_methods.map((method) => method.name).filter(Boolean)
  const messages = { order: t.order, errors: t.errors, messages: t.messages }

  return (
    <>
      <p className="workspace-back">
        <Link href={`/${locale}/sell/orders`}>{t.order.back}</Link>
      </p>
      <h1>{fill(t.order.title, { number: order.display_id })}</h1>
      <div className="workspace-summary">
        <StatusBadge kind="order" status={order.fulfillment_status} t={t.orderStatus} />
        <span>{fill(t.order.placed, { date: formatDate(order.created_at, locale) })}</span>
        {order.email && <span>{fill(t.order.customer, { email: order.email })}</span>}
      </div>
      <div className="workspace-columns">
        <section className="workspace-section" aria-labelledby="ship-to-heading">
          <h2 id="ship-to-heading">{t.order.shipTo}</h2>
          {order.shipping_address ? (
            <AddressBlock address={order.shipping_address} countryName={countryName} />
          ) : (
            <p className="workspace-muted">{t.order.noAddress}</p>
          )}
          {methods.length > 0 && (
            <p className="workspace-muted">{fill(t.order.delivery, { methods: methods.join(", ") })}</p>
          )}
        </section>
        <section className="workspace-section" aria-labelledby="totals-heading">
          <h2 id="totals-heading">{t.order.totals}</h2>
          <OrderTotals order={order} locale={locale} t={t.order} />
        </section>
      </div>
      <section className="workspace-section" aria-labelledby="items-heading">
        <h2 id="items-heading">{t.order.items}</h2>
        <OrderItems
          items={order.items.map((item) => ({ ...item, thumbnailSrc: mediaUrl(item.thumbnail) }))}
          currency={order.currency_code}
          locale={locale}
          t={t.order}
        />
      </section>
      <FulfilForm
        locale={locale}
        orderId={order.id}
        lines={linesToFulfil(order.items).map(({ line, left }) => ({ id: line.id, name: lineName(line), left }))}
        canceled={order.fulfillment_status === "canceled"}
        t={messages}
      />
      <FulfilmentList order={order} locale={locale} t={messages} />
    </>
  )
}
