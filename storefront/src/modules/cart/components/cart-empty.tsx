import Link from "next/link"

import type { CartMessages } from "@/lib/i18n/messages/cart"
import type { Locale } from "@/lib/i18n/locales"

/** An empty cart's message and the way back to the products, on the cart page and in the drawer. */
export default function CartEmpty({ locale, t, className }: { locale: Locale; t: CartMessages; className: string }) {
  return (
    <div className={className}>
      <p>{t.empty}</p>
      <Link className="button" href={`/${locale}/products`}>
        {t.continue}
      </Link>
    </div>
  )
}
