import type { HttpTypes } from "@medusajs/types"

import { getDictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

import CartDrawer from "./cart-drawer"
import CartDrawerContent from "./cart-drawer-content"

/** The header's cart: a link with the item count that opens the drawer. */
export default function CartMenu({ locale, cart }: { locale: Locale; cart: HttpTypes.StoreCart | null }) {
  const t = getDictionary(locale)
  const count = cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
  return (
    <CartDrawer
      href={`/${locale}/cart`}
      count={count}
      label={t.header.cart}
      title={t.cart.drawer.title}
      closeLabel={t.cart.drawer.close}
    >
      <CartDrawerContent locale={locale} cart={cart} />
    </CartDrawer>
  )
}
