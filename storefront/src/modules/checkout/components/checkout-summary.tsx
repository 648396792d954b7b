import type { HttpTypes } from "@medusajs/types"

import type { Seller } from "@/lib/data/products"
import type { CheckoutMessages } from "@/lib/i18n/messages/checkout"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"

import SellerGroups from "./seller-groups"

type Props = { cart: HttpTypes.StoreCart; sellers: Map<string, Seller>; locale: Locale; t: CheckoutMessages }

/** The cart beside the checkout: its lines grouped by the seller who ships them, and the totals. */
export default function CheckoutSummary({ cart, sellers, locale, t }: Props) {
  const money = (amount: number) => formatMoney(amount, cart.currency_code, locale)
  const lines = [...(cart.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return (
    <aside className="checkout-summary" aria-labelledby="checkout-summary-heading">
      <h2 id="checkout-summary-heading">{t.summary}</h2>
      <SellerGroups lines={lines} sellers={sellers} money={money} t={t} />
      <dl className="checkout-summary__totals">
        <div>
          <dt>{t.subtotal}</dt>
          <dd>{money(cart.item_subtotal)}</dd>
        </div>
        {cart.discount_total > 0 && (
          <div>
            <dt>{t.discount}</dt>
            <dd>−{money(cart.discount_total)}</dd>
          </div>
        )}
        <div>
          <dt>{t.shipping}</dt>
          <dd>{cart.shipping_methods?.length ? money(cart.shipping_total) : t.shippingLater}</dd>
        </div>
        <div>
          <dt>{t.taxes}</dt>
          <dd>{money(cart.tax_total)}</dd>
        </div>
        <div className="checkout-summary__total">
          <dt>{t.total}</dt>
          <dd data-testid="checkout-total">{money(cart.total)}</dd>
        </div>
      </dl>
    </aside>
  )
}
