import type { ReactNode } from "react"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { plural } from "@/lib/seller/format"
import { RATINGS, REPLIED, reviewsHref, type ReviewFilters } from "@/lib/workspace/reviews"
import Pagination from "@/modules/common/components/pagination"

import FilterNav from "./filter-nav"

type Props = {
  /** The list's path, which the filters and the pages add their parameters to. */
  base: string
  filters: ReviewFilters
  page: number
  pages: number
  /** How many reviews match the filters, on all pages. */
  count: number
  locale: Locale
  t: {
    filter: WorkspaceMessages["filter"]
    reviews: WorkspaceMessages["reviews"]
    pagination: Dictionary["pagination"]
  }
  /** The page's reviews, shown unless there are none. */
  children: ReactNode
}

/** The seller's reviews: filters by rating and by reply above (each keeps the other), one page, the others below. */
export default function ReviewList({ base, filters, page, pages, count, locale, t, children }: Props) {
  const filtered = Boolean(filters.rating || filters.replied)
  const repliedLabels = { false: t.reviews.notReplied, true: t.reviews.replied }
  return (
    <>
      <FilterNav
        label={t.reviews.ratingFilter}
        options={[null, ...RATINGS].map((rating) => ({
          href: reviewsHref(base, { ...filters, rating }),
          label: rating ? fill(plural(locale, Number(rating), t.reviews.stars), { n: rating }) : t.filter.all,
          current: rating === filters.rating,
        }))}
      />
      <FilterNav
        label={t.reviews.replyFilter}
        options={[null, ...REPLIED].map((replied) => ({
          href: reviewsHref(base, { ...filters, replied }),
          label: replied ? repliedLabels[replied] : t.filter.all,
          current: replied === filters.replied,
        }))}
      />
      {count === 0 ? (
        <p className="workspace-empty">{filtered ? t.reviews.emptyFiltered : t.reviews.empty}</p>
      ) : (
        <>
          <p className="workspace-muted">{fill(plural(locale, count, t.reviews.count), { n: count })}</p>
          {children}
          <Pagination
            page={page}
            pages={pages}
            href={(target) => reviewsHref(base, filters, target)}
            t={t.pagination}
          />
        </>
      )}
    </>
  )
}
