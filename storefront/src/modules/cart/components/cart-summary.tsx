import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

import CartTotals from "./cart-totals"
import PromoCodes from "./promo-codes"
import PromoForm from "./promo-form"
import ShippingEstimate from "./shipping-estimate"

type Props = {
  cart: HttpTypes.StoreCart
  estimate: { amount: number; countryCode: string | null } | null
  locale: Locale
  t: Dictionary
}

/** The cart page's side column: totals, the shipping estimate, promotion codes and the way to checkout. */
export default function CartSummary({ cart, estimate, locale, t }: Props) {
  return (
    <aside className="cart-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {t.cart.summary}
      </h2>
      <CartTotals cart={cart} locale={locale} t={t.cart.totals} />
      {estimate && (
        <ShippingEstimate
          estimate={estimate}
          currencyCode={cart.currency_code}
          locale={locale}
          t={t.cart.shipping}
        />
      )}
      <PromoCodes cart={cart} t={t.cart.promo} />
      <PromoForm t={t.cart.promo} />
      <Link href={`/${locale}/checkout`} className="button button--primary">
        {t.cart.checkout}
      </Link>
    </aside>
  )
}
