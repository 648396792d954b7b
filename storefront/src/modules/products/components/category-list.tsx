import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

type Props = {
  categories: HttpTypes.StoreProductCategory[]
  active: string | null
  locale: Locale
  t: Dictionary["products"]
}

export default function CategoryList({ categories, active, locale, t }: Props) {
  const base = `/${locale}/products`
  return (
    <nav className="category-list" aria-labelledby="categories-heading">
      <h2 id="categories-heading" className="category-list__heading">
        {t.categories}
      </h2>
      <ul>
        <li>
          <Link href={base} aria-current={active === null ? "page" : undefined}>
            {t.all}
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={`${base}?category=${encodeURIComponent(category.handle)}`}
              aria-current={active === category.handle ? "page" : undefined}
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
