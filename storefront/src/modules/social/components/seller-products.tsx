import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { catalogHref } from "@/lib/catalog/query"
import type { PublicSeller } from "@/lib/data/sellers"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = {
  /** The seller and its newest products; null when none could be found for the profile. */
  listing: { seller: PublicSeller; products: HttpTypes.StoreProduct[] } | null
  locale: Locale
  t: Pick<Dictionary, "products" | "social">
}

/** A seller profile's products (the catalog's cards), with a link to all of them in the catalog. */
export default function SellerProducts({ listing, locale, t }: Props) {
  const p = t.social.profile
  return (
    <section className="profile-section" aria-labelledby="products-heading">
      <h2 id="products-heading">{p.productsTitle}</h2>
      {listing && listing.products.length > 0 ? (
        <>
          <ProductGrid products={listing.products} locale={locale} t={t.products} headingLevel={3} />
          <p>
            <Link href={catalogHref(locale, { seller: listing.seller.handle })}>
              {fill(p.allProducts, { name: listing.seller.name })}
            </Link>
          </p>
        </>
      ) : (
        <p className="profile-section__empty">{p.noProducts}</p>
      )}
    </section>
  )
}
