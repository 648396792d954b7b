import type { HttpTypes } from "@medusajs/types"

import type { Seller } from "@/lib/data/products"
import type { CartMessages } from "@/lib/i18n/messages/cart"
import type { CheckoutMessages } from "@/lib/i18n/messages/checkout"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"

import CartTotals from "@/modules/cart/components/cart-totals"

import SellerGroups from "./seller-groups"

type Props = {
  cart: HttpTypes.StoreCart
  sellers: Map<string, Seller>
  locale: Locale
  t: CheckoutMessages
  totals: CartMessages["totals"]
}

/** The cart beside the checkout: its lines grouped by the seller who ships them, and the totals. */
export default function CheckoutSummary({ cart, sellers, locale, t, totals }: Props) {
  const money = (amount: number) => formatMoney(amount, cart.currency_code, locale)
  const lines = [...(cart.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return (
    <aside className="checkout-summary" aria-labelledby="checkout-summary-heading">
      <h2 id="checkout-summary-heading">{t.summary}</h2>
      <SellerGroups lines={lines} sellers={sellers} money={money} t={t} />
      {/* The cart's totals (prices with VAT, the rows add up) plus the delivery once chosen. */}
      <CartTotals
        cart={cart}
        locale={locale}
        t={totals}
        shipping={{ label: t.shipping, value: cart.shipping_methods?.length ? money(cart.shipping_total) : t.shippingLater }}
        totalTestId="checkout-total"
      />
    </aside>
  )
}
