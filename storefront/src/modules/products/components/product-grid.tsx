import type { HttpTypes } from "@medusajs/types"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

import ProductCard from "./product-card"

// The first row on a phone; the rest load as they scroll into view.
const EAGER = 2

type Props = { products: HttpTypes.StoreProduct[]; locale: Locale; t: Dictionary["products"]; headingLevel: 2 | 3 }

export default function ProductGrid({ products, locale, t, headingLevel }: Props) {
  if (products.length === 0) return <p className="empty">{t.empty}</p>
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} t={t} headingLevel={headingLevel} eager={index < EAGER} />
        </li>
      ))}
    </ul>
  )
}
