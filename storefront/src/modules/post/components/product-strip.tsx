import type { PostProduct } from "@/lib/data/social"
import type { Locale } from "@/lib/i18n/locales"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { formatMoney } from "@/lib/util/money"

import AddTaggedProduct from "./add-tagged-product"
import ProductLink from "./product-link"

type Props = { postId: string; products: PostProduct[]; locale: Locale; t: PostMessages["products"] }

/**
 * The products tagged in a post, below its images: each with its picture, title (a link to the product), price in
 * the shopper's region, whether it can be bought, and "Add to cart" when it can. A product no longer sold stays
 * listed, without a link.
 */
export default function ProductStrip({ postId, products, locale, t }: Props) {
  const availability = { available: t.inStock, sold_out: t.soldOut, unavailable: t.unavailable }
  return (
    <ul className="post__products" aria-label={t.label}>
      {products.map((product) => {
        const href = product.handle ? `/${locale}/products/${product.handle}` : null
        const linked = href && product.title && product.availability !== "unavailable"
        const picture = product.thumbnail ? (
          <img src={product.thumbnail} alt="" width={64} height={64} loading="lazy" decoding="async" />
        ) : (
          <span className="post__product-placeholder" />
        )
        return (
          <li key={product.id} className="post__product">
            {linked ? (
              <ProductLink postId={postId} productId={product.id} href={href} className="post__product-link">
                {picture}
                <span className="post__product-title">{product.title}</span>
              </ProductLink>
            ) : (
              <span className="post__product-link">
                {picture}
                <span className="post__product-title">{product.title ?? t.removed}</span>
              </span>
            )}
            <p className="post__product-meta">
              {product.price && <span>{formatMoney(product.price.amount, product.price.currency_code, locale)}</span>}
              <span className={`post__availability post__availability--${product.availability}`}>
                {availability[product.availability]}
              </span>
            </p>
            {linked && product.availability === "available" && (
              <AddTaggedProduct postId={postId} productId={product.id} href={href} t={t} />
            )}
          </li>
        )
      })}
    </ul>
  )
}
