import type { HttpTypes } from "@medusajs/types"

import { groupBySeller } from "@/lib/checkout/group"
import type { Seller } from "@/lib/data/products"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"

import CartLine from "./cart-line"

type Props = {
  items: HttpTypes.StoreCartLineItem[]
  sellers: Map<string, Seller>
  currencyCode: string
  locale: Locale
  t: Dictionary
  place: "page" | "drawer"
}

/** The cart's lines, one group per seller: each seller ships its own parcel, so the cart shows who sends what. */
export default function CartGroups({ items, sellers, currencyCode, locale, t, place }: Props) {
  const Heading = place === "page" ? "h2" : "h3"
  return (
    <div className="cart__groups">
      {groupBySeller(items, sellers).map(({ seller, lines }) => (
        <section
          key={seller?.id ?? "other"}
          className="cart__group"
          data-testid={place === "page" ? "cart-seller-group" : undefined}
        >
          {seller && <Heading className="cart__seller">{fill(t.checkout.soldBy, { seller: seller.name })}</Heading>}
          <ul className="cart__lines">
            {lines.map((item) => (
              <CartLine
                key={item.id}
                item={item}
                currencyCode={currencyCode}
                locale={locale}
                t={t.cart}
                place={place}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
