import type { HttpTypes } from "@medusajs/types"

import type { CartMessages } from "@/lib/i18n/messages/cart"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"

type Props = {
  cart: HttpTypes.StoreCart
  locale: Locale
  t: CartMessages["totals"]
  /** The checkout's delivery row: its label and the price, or what stands in for it before a method is chosen. */
  shipping?: { label: string; value: string }
  totalTestId?: string
}

/**
 * The cart's totals as the shopper sees prices, VAT included: the items before discounts, the
 * discount of the applied codes, the total, and the VAT it contains. The rows add up.
 */
export default function CartTotals({ cart, locale, t, shipping, totalTestId = "cart-total" }: Props) {
  const money = (amount: number) => formatMoney(amount, cart.currency_code, locale)
  const codes = (cart.promotions ?? []).flatMap((promotion) => (promotion?.code ? [promotion.code] : []))
  return (
    <dl className="cart-totals">
      <div>
        <dt>{t.subtotal}</dt>
        <dd>{money(cart.original_item_total)}</dd>
      </div>
      {cart.discount_total > 0 && (
        <div className="cart-totals__discount" data-testid="cart-discount">
          <dt>
            {t.discount}
            {codes.length > 0 && ` (${codes.join(", ")})`}
          </dt>
          <dd>−{money(cart.discount_total)}</dd>
        </div>
      )}
      {shipping && (
        <div>
          <dt>{shipping.label}</dt>
          <dd>{shipping.value}</dd>
        </div>
      )}
      <div className="cart-totals__total">
        <dt>{t.total}</dt>
        <dd data-testid={totalTestId}>{money(cart.total)}</dd>
      </div>
      {/* Medusa taxes a cart once it knows the country; before that the VAT would read €0.00. */}
      {cart.tax_total > 0 && (
        <div className="cart-totals__vat">
          <dt>{t.vat}</dt>
          <dd>{money(cart.tax_total)}</dd>
        </div>
      )}
    </dl>
  )
}
