import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"
import { cheapestPrice } from "@/lib/util/variants"

type Props = {
  product: HttpTypes.StoreProduct
  locale: Locale
  t: Dictionary["products"]
  /** Keeps the page's heading outline intact: h2 under a page h1, h3 under a section h2. */
  headingLevel: 2 | 3
  /** For the cards in the first screen: loading them lazily would delay the page's largest paint. */
  eager?: boolean
}

export default function ProductCard({ product, locale, t, headingLevel, eager = false }: Props) {
  const Title = headingLevel === 2 ? "h2" : "h3"
  const price = cheapestPrice(product.variants)
  const amounts = new Set(product.variants?.map((variant) => variant.calculated_price?.calculated_amount))
  return (
    <Link href={`/${locale}/products/${product.handle}`} className="product-card" data-testid="product-card">
      <div className="product-card__media">
        {product.thumbnail && (
          // The box is square (catalog.css); the size attributes give the browser that ratio before the file.
          <img src={product.thumbnail} alt="" width={400} height={400} loading={eager ? "eager" : "lazy"} />
        )}
      </div>
      <Title className="product-card__title">{product.title}</Title>
      <p className="product-card__price">
        {price
          ? `${amounts.size > 1 ? `${t.from} ` : ""}${formatMoney(price.amount, price.currencyCode, locale)}`
          : t.priceUnavailable}
      </p>
    </Link>
  )
}
