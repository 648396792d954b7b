import { Container, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"

/** A titled card like the dashboard's own detail sections. */
export function Section({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {actions && <div className="flex items-center gap-x-2">{actions}</div>}
      </div>
      {children}
    </Container>
  )
}

/** One label/value line of a section. */
export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <div className="txt-compact-small break-words">{children ?? "-"}</div>
    </div>
  )
}
