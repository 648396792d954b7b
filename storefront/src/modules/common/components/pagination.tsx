import Link from "next/link"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"

type Props = {
  page: number
  pages: number
  /** Builds the link to another page, keeping the other query parameters. */
  href: (page: number) => string
  t: Dictionary["pagination"]
}

export default function Pagination({ page, pages, href, t }: Props) {
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t.label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t.previous}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>{fill(t.page, { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t.next}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
