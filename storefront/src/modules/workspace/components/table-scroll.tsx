import type { ReactNode } from "react"

type Props = { label: string; children: ReactNode }

/**
 * A table that may scroll sideways on a narrow screen: a named region that keyboard users can focus to scroll
 * it, since a table without links has nothing else to focus.
 */
export default function TableScroll({ label, children }: Props) {
  return (
    <div className="workspace-table__scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
