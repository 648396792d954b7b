import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { isHttpUrl } from "@/lib/workspace/fields"
import { fulfilmentStage, lineName } from "@/lib/workspace/fulfilment"
import type { VendorOrder } from "@/lib/workspace/types"
import { formatDate } from "@/modules/account/dates"

import ParcelActions from "./parcel-actions"

type Props = {
  order: VendorOrder
  locale: Locale
  t: Pick<WorkspaceMessages, "order" | "errors" | "messages">
}

/** The seller's parcels of the order, oldest first: contents, stage, tracking, and what to do next. */
export default function FulfilmentList({ order, locale, t }: Props) {
  const names = new Map(order.items.map((item) => [item.id, lineName(item)]))
  const parcels = [...order.fulfillments].sort((a, b) => a.created_at.localeCompare(b.created_at))
  return (
    <section className="workspace-section" aria-labelledby="fulfilments-heading">
      <h2 id="fulfilments-heading">{t.order.fulfilments}</h2>
      {parcels.length === 0 && <p className="workspace-muted">{t.order.noFulfilments}</p>}
      {parcels.map((parcel, index) => {
        const n = index + 1
        const stage = fulfilmentStage(parcel)
        const carrier = parcel.metadata?.carrier
        return (
          <article key={parcel.id} className="parcel" aria-labelledby={`${parcel.id}-heading`}>
            <h3 id={`${parcel.id}-heading`}>{fill(t.order.parcel, { n })}</h3>
            <p className="workspace-muted">
              {fill(t.order.createdOn, { date: formatDate(parcel.created_at, locale) })} ·{" "}
              {stage === "packed"
                ? t.order.stage.packed
                : fill(t.order.stage[stage], {
                    date: formatDate((stage === "delivered" ? parcel.delivered_at : parcel.shipped_at) ?? "", locale),
                  })}
            </p>
            <ul className="parcel__contents" aria-label={fill(t.order.contents, { n })}>
              {parcel.items.map((item) => (
                <li key={item.line_item_id}>
                  {fill(t.order.quantityOf, { quantity: item.quantity, title: names.get(item.line_item_id) ?? "" })}
                </li>
              ))}
            </ul>
            {parcel.labels.map((label) => (
              <p key={label.tracking_number} className="parcel__tracking">
                {carrier
                  ? fill(t.order.trackingBy, { carrier, number: label.tracking_number })
                  : `${t.order.trackingNumber}: ${label.tracking_number}`}
                {label.tracking_url && isHttpUrl(label.tracking_url) && (
                  <>
                    {" "}
                    <a href={label.tracking_url} rel="noopener noreferrer">
                      {fill(t.order.track, { number: label.tracking_number })}
                    </a>
                  </>
                )}
              </p>
            ))}
            {/* Also once delivered: the actions' status still tells the result. */}
            {order.fulfillment_status !== "canceled" && (
              <ParcelActions locale={locale} orderId={order.id} fulfilmentId={parcel.id} stage={stage} t={t} />
            )}
          </article>
        )
      })}
    </section>
  )
}
