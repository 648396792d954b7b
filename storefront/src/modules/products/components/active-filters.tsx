import Link from "next/link"

import { fill } from "@/lib/i18n/fill"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

type Filter = { label: string; removeHref: string }

type Props = { filters: Filter[]; clearHref: string; t: CatalogMessages["filters"] }

/** What narrows the listing, each with a link that removes it (and one that removes all). */
export default function ActiveFilters({ filters, clearHref, t }: Props) {
  if (filters.length === 0) return null
  return (
    <ul className="active-filters" aria-label={t.label}>
      {filters.map((filter) => (
        <li key={filter.label}>
          <Link href={filter.removeHref} aria-label={fill(t.remove, { filter: filter.label })}>
            {filter.label}
            <span aria-hidden="true"> ×</span>
          </Link>
        </li>
      ))}
      {filters.length > 1 && (
        <li>
          <Link href={clearHref}>{t.clearAll}</Link>
        </li>
      )}
    </ul>
  )
}
