import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { sortedLines } from "@/lib/cart/lines"
import { sellersOfProducts } from "@/lib/data/products"
import { getDictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

import CartEmpty from "./cart-empty"
import CartGroups from "./cart-groups"
import CartTotals from "./cart-totals"

/**
 * What the drawer shows: the lines by seller with their quantity forms, the totals, the cart page and checkout.
 * The header reads the cart once for its count and this.
 */
export default async function CartDrawerContent({ locale, cart }: { locale: Locale; cart: HttpTypes.StoreCart | null }) {
  const t = getDictionary(locale)
  const drawer = t.cart.drawer
  const items = sortedLines(cart)
  if (!cart || !items.length) {
    return <CartEmpty locale={locale} t={t.cart} className="cart-drawer__body" />
  }
  const sellers = await sellersOfProducts(items.flatMap((item) => (item.product_id ? [item.product_id] : []))).catch(
    () => new Map()
  )
  return (
    <>
      <div className="cart-drawer__body">
        <CartGroups
          items={items}
          sellers={sellers}
          currencyCode={cart.currency_code}
          locale={locale}
          t={t}
          place="drawer"
        />
      </div>
      <div className="cart-drawer__footer">
        <CartTotals cart={cart} locale={locale} t={t.cart.totals} />
        <div className="cart-drawer__actions">
          <Link className="button" href={`/${locale}/cart`}>
            {drawer.viewCart}
          </Link>
          <Link className="button button--primary" href={`/${locale}/checkout`}>
            {t.cart.checkout}
          </Link>
        </div>
      </div>
    </>
  )
}
