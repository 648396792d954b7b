import Link from "next/link"

import { catalogHref } from "@/lib/catalog/query"
import type { Seller } from "@/lib/data/products"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

type Props = { seller: Seller; locale: Locale; t: CatalogMessages["seller"] }

export default function SellerCard({ seller, locale, t }: Props) {
  return (
    <section className="seller-card" aria-label={t.label}>
      <p className="seller-card__label">{t.soldBy}</p>
      <p className="seller-card__name">{seller.name}</p>
      <Link href={catalogHref(locale, { seller: seller.handle })}>{fill(t.more, { seller: seller.name })}</Link>
    </section>
  )
}
