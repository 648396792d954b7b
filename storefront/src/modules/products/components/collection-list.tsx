import Link from "next/link"

import type { Collection } from "@/lib/data/collections"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

type Props = {
  collections: Collection[]
  active: string | null
  /** The listing for a collection, keeping the shopper's other choices. */
  hrefOf: (handle: string) => string
  t: CatalogMessages["collections"]
}

/** The shop's collections beside the categories; left out when there are none. */
export default function CollectionList({ collections, active, hrefOf, t }: Props) {
  if (collections.length === 0) return null
  return (
    <nav className="category-list collection-list" aria-labelledby="collections-heading">
      <h2 id="collections-heading" className="category-list__heading">
        {t.heading}
      </h2>
      <ul>
        {collections.map((collection) => (
          <li key={collection.id}>
            <Link href={hrefOf(collection.handle)} aria-current={active === collection.handle ? "page" : undefined}>
              {collection.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
