import type { HttpTypes } from "@medusajs/types"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"

type Props = { cart: HttpTypes.StoreCart; locale: Locale; t: Dictionary["cart"] }

export default function CartSummary({ cart, locale, t }: Props) {
  const money = (amount: number) => formatMoney(amount, cart.currency_code, locale)
  return (
    <aside className="cart-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {t.summary}
      </h2>
      <dl>
        <div>
          <dt>{t.subtotal}</dt>
          <dd>{money(cart.item_subtotal)}</dd>
        </div>
        <div>
          <dt>{t.taxes}</dt>
          <dd>{money(cart.tax_total)}</dd>
        </div>
        <div className="cart-summary__total">
          <dt>{t.total}</dt>
          <dd>{money(cart.total)}</dd>
        </div>
      </dl>
      {/* Checkout arrives with the payment work; the button shows where it will live. */}
      <button type="button" className="button button--primary" disabled aria-describedby="checkout-note">
        {t.checkout}
      </button>
      <p id="checkout-note" className="cart-summary__note">
        {t.checkoutSoon}
      </p>
    </aside>
  )
}
