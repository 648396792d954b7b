import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { groupBySeller } from "@/lib/checkout/group"
import { retrieveCart } from "@/lib/data/cart"
import { sellersOfProducts } from "@/lib/data/products"
import { fill, getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import CartLine from "@/modules/cart/components/cart-line"
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
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const sellers = await sellersOfProducts(items.map((item) => item.product_id).filter((id): id is string => Boolean(id)))

  return (
    <div className="cart">
      <h1>{t.cart.title}</h1>
      {missing > 0 && (
        <p className="form__error" role="status">
          {fill(t.cart.reorderMissing, { n: missing })}
        </p>
      )}
      {!cart || items.length === 0 ? (
        <div className="empty">
          <p>{t.cart.empty}</p>
          <Link className="button" href={`/${locale}/products`}>
            {t.cart.continue}
          </Link>
        </div>
      ) : (
        <div className="cart__layout">
          <div className="cart__groups">
            {/* Each seller ships its own parcel, so the cart shows who sends what. */}
            {groupBySeller(items, sellers).map(({ seller, lines }) => (
              <section key={seller?.id ?? "other"} className="cart__group" data-testid="cart-seller-group">
                {seller && <h2 className="cart__seller">{fill(t.checkout.soldBy, { seller: seller.name })}</h2>}
                <ul className="cart__lines">
                  {lines.map((item) => (
                    <CartLine key={item.id} item={item} currencyCode={cart.currency_code} locale={locale} t={t.cart} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
          <CartSummary cart={cart} locale={locale} t={t.cart} />
        </div>
      )}
    </div>
  )
}
