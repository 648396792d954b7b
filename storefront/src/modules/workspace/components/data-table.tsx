import type { ReactNode } from "react"

/** A column's header: its words, and whether it holds amounts or counts and whether only screen readers read it. */
export type Column = string | { label: string; numeric?: boolean; hidden?: boolean }

type Props = {
  /** Names the table for screen readers; the page's heading already says it to everyone else. */
  caption: string
  columns: Column[]
  /** The rows. */
  children: ReactNode
}

/** A table of the workspace: its caption, its column headers (amounts and counts aligned right), its rows. */
export default function DataTable({ caption, columns, children }: Props) {
  return (
    <table className="workspace-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => {
            const { label, numeric, hidden } = typeof column === "string" ? { label: column } : column
            return (
              <th key={index} scope="col" className={numeric ? "workspace-table__number" : undefined}>
                {hidden ? <span className="visually-hidden">{label}</span> : label}
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}
