import type { ReactNode } from "react"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { listHref } from "@/lib/workspace/filters"
import Pagination from "@/modules/common/components/pagination"

import FilterNav from "./filter-nav"

type Props<S extends string> = {
  /** The list's path, which the filter and the pages add their parameters to. */
  base: string
  statuses: readonly S[]
  /** The status the list shows, null for all. */
  status: S | null
  labels: Record<S, string>
  page: number
  pages: number
  /** How many rows this page has. */
  rows: number
  /** What the list says when it has no rows: with and without a status filter. */
  empty: { empty: string; emptyStatus: string }
  t: { filter: WorkspaceMessages["filter"]; pagination: Dictionary["pagination"] }
  /** The page's rows (a table), shown unless there are none. */
  children: ReactNode
}

/** A workspace list (products, orders): status filters above, the rows of one page, the other pages below. */
export default function StatusList<S extends string>({
  base,
  statuses,
  status,
  labels,
  page,
  pages,
  rows,
  empty,
  t,
  children,
}: Props<S>) {
  return (
    <>
      <FilterNav
        label={t.filter.label}
        options={[null, ...statuses].map((option) => ({
          href: listHref(base, "status", option),
          label: option ? labels[option] : t.filter.all,
          current: option === status,
        }))}
      />
      {rows === 0 ? (
        <p className="workspace-empty">{status ? empty.emptyStatus : empty.empty}</p>
      ) : (
        <>
          {children}
          <Pagination
            page={page}
            pages={pages}
            href={(target) => listHref(base, "status", status, target)}
            t={t.pagination}
          />
        </>
      )}
    </>
  )
}
