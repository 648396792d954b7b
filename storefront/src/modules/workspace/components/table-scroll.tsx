import type { ReactNode } from "react"

type Props = {
  /** Makes it a named region that keyboard users can focus to scroll it; not needed when its links take the focus. */
  label?: string
  children: ReactNode
}

/** A table that may scroll sideways on a narrow screen. */
export default function TableScroll({ label, children }: Props) {
  return label ? (
    <div className="workspace-table__scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  ) : (
    <div className="workspace-table__scroll">{children}</div>
  )
}
