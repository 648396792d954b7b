import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { sortedLines } from "@/lib/cart/lines"
import { retrieveCart } from "@/lib/data/cart"
import { sellersOfProducts } from "@/lib/data/products"
import { estimateShipping } from "@/lib/data/shipping-estimate"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import CartEmpty from "@/modules/cart/components/cart-empty"
import CartGroups from "@/modules/cart/components/cart-groups"
import CartSummary from "@/modules/cart/components/cart-summary"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ missing?: string }> }

export async function generateMetadata({ params }: Omit<Props, "searchParams">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getDictionary(locale).cart.title } : {}
}

export default async function CartPage({ params, searchParams }: Props) {
  const { locale } = await params
  // Set by "buy again" when some of the order's items could not be added.
  const missing = Number.parseInt((await searchParams).missing ?? "", 10)
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale)
  const cart = await retrieveCart()
  const items = sortedLines(cart)
  const [sellers, estimate] = await Promise.all([
    sellersOfProducts(items.map((item) => item.product_id).filter((id): id is string => Boolean(id))),
    cart && items.length ? estimateShipping(cart) : null,
  ])

  return (
    <div className="cart">
      <h1>{t.cart.title}</h1>
      {missing > 0 && (
        <p className="form__error" role="status">
          {fill(t.cart.reorderMissing, { n: missing })}
        </p>
      )}
      {!cart || items.length === 0 ? (
        <CartEmpty locale={locale} t={t.cart} className="empty" />
      ) : (
        <div className="cart__layout">
          <CartGroups
            items={items}
            sellers={sellers}
            currencyCode={cart.currency_code}
            locale={locale}
            t={t}
            place="page"
          />
          <CartSummary cart={cart} estimate={estimate} locale={locale} t={t} />
        </div>
      )}
    </div>
  )
}
