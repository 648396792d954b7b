import Link from "next/link"

import { catalogHref, isFiltered, type CatalogQuery } from "@/lib/catalog/query"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

type Props = { locale: Locale; query: CatalogQuery; t: CatalogMessages["empty"] }

/** No results: what was searched, and the ways out (the same search everywhere, or no filters at all). */
export default function CatalogEmpty({ locale, query, t }: Props) {
  const filtered = isFiltered(query)
  const narrowed = Boolean(query.category || query.collection || query.seller || query.minPrice !== null || query.maxPrice !== null || query.inStock)
  return (
    <div className="catalog-empty">
      <p className="catalog-empty__title">{query.q ? fill(t.query, { q: query.q }) : filtered ? t.filtered : t.none}</p>
      {filtered && (
        <>
          <p>{t.hint}</p>
          <ul className="catalog-empty__actions">
            {query.q && narrowed && (
              <li>
                <Link href={catalogHref(locale, { q: query.q, sort: query.sort })}>
                  {fill(t.searchAll, { q: query.q })}
                </Link>
              </li>
            )}
            <li>
              <Link href={catalogHref(locale, {})}>{t.clear}</Link>
            </li>
          </ul>
        </>
      )}
    </div>
  )
}
