import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

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
      <Link href={`/${locale}/checkout`} className="button button--primary">
        {t.checkout}
      </Link>
    </aside>
  )
}
