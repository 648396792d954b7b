import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import type { Dictionary } from "@/lib/i18n/dictionaries"

type Props = {
  categories: HttpTypes.StoreProductCategory[]
  active: string | null
  /** The listing for a category (null: all), keeping the shopper's other choices. */
  hrefOf: (handle: string | null) => string
  t: Dictionary["products"]
}

export default function CategoryList({ categories, active, hrefOf, t }: Props) {
  return (
    <nav className="category-list" aria-labelledby="categories-heading">
      <h2 id="categories-heading" className="category-list__heading">
        {t.categories}
      </h2>
      <ul>
        <li>
          <Link href={hrefOf(null)} aria-current={active === null ? "page" : undefined}>
            {t.all}
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <Link href={hrefOf(category.handle)} aria-current={active === category.handle ? "page" : undefined}>
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
