import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { formatMoney } from "@/lib/util/money"
import type { VendorOrder } from "@/lib/workspace/types"

type Props = { order: VendorOrder; locale: Locale; t: WorkspaceMessages["order"] }

/** The seller's part of the order: its items and shipping share, less the commission, make the payout. */
export default function OrderTotals({ order, locale, t }: Props) {
  const money = (amount: number) => formatMoney(amount, order.currency_code, locale)
  const rate =
    order.commission_rate === null
      ? null
      : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
          order.commission_rate / 100
        )
  return (
    <>
      <dl className="workspace-totals">
        <div>
          <dt>{t.itemTotal}</dt>
          <dd>{money(order.item_total)}</dd>
        </div>
        <div>
          <dt>{t.shipping}</dt>
          <dd>{money(order.shipping_total)}</dd>
        </div>
        <div>
          <dt>{rate ? fill(t.commission, { rate }) : t.commissionPlain}</dt>
          <dd>{money(-order.commission_total)}</dd>
        </div>
        <div className="workspace-totals__sum">
          <dt>{t.payout}</dt>
          <dd>{money(order.payout_total)}</dd>
        </div>
        {order.discount_total > 0 && (
          <div className="workspace-totals__aside">
            <dt>{t.discount}</dt>
            <dd>{money(order.discount_total)}</dd>
          </div>
        )}
        <div className="workspace-totals__aside">
          <dt>{t.tax}</dt>
          <dd>{money(order.tax_total)}</dd>
        </div>
      </dl>
      <p className="account-form__hint">{t.totalsNote}</p>
    </>
  )
}
