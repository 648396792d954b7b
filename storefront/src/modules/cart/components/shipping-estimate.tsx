import { fill } from "@/lib/i18n/fill"
import type { CartMessages } from "@/lib/i18n/messages/cart"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"

type Props = {
  estimate: { amount: number; countryCode: string | null }
  currencyCode: string
  locale: Locale
  t: CartMessages["shipping"]
}

/** "Shipping to Germany: from €4.90", marked as an estimate; the price itself is chosen at checkout. */
export default function ShippingEstimate({ estimate, currencyCode, locale, t }: Props) {
  const country =
    estimate.countryCode && new Intl.DisplayNames([locale], { type: "region" }).of(estimate.countryCode.toUpperCase())
  return (
    <div className="shipping-estimate" data-testid="shipping-estimate">
      <p className="shipping-estimate__row">
        <span>{country ? fill(t.to, { country }) : t.label}</span>
        <span>{fill(t.from, { amount: formatMoney(estimate.amount, currencyCode, locale) })}</span>
      </p>
      <p className="shipping-estimate__note">{t.note}</p>
    </div>
  )
}
