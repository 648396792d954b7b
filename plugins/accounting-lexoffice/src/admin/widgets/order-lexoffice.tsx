import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { DownloadButton, RetryButton } from "../components/sync-actions"
import { PaymentBadge, SyncStatusBadge, VoucherLink } from "../components/sync-status"
import { kindLabel, retryable, Sync, useSyncs } from "../lib/syncs"

// The invoice first, then the credit notes in the order of the refunds.
const byDocument = (a: Sync, b: Sync) =>
  a.kind === b.kind ? a.created_at.localeCompare(b.created_at) : a.kind === "invoice" ? -1 : 1

function money(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

const Line = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small">{children}</div>
  </div>
)

/** The order's invoice and credit notes in Lexoffice: numbers, payment, the PDFs and a retry for stuck ones. */
const OrderLexofficeWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useSyncs({ order_id: order.id, limit: 100, offset: 0 })
  if (isLoading) return null
  const syncs = [...(data?.syncs ?? [])].sort(byDocument)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lexoffice</Heading>
      </div>
      {error || !syncs.length ? (
        <Text size="small" className={error ? "text-ui-fg-error px-6 py-4" : "text-ui-fg-subtle px-6 py-4"}>
          {error?.message ?? "No invoice yet."}
        </Text>
      ) : (
        syncs.map((sync) => (
          <div key={sync.id} className="flex flex-col gap-y-2 px-6 py-4">
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" weight="plus" leading="compact">
                {kindLabel[sync.kind]}
                {sync.amount !== null && ` (${money(sync.amount, order.currency_code)})`}
              </Text>
              <SyncStatusBadge sync={sync} />
            </div>
            <Line label="Number">
              <VoucherLink sync={sync} />
            </Line>
            <Line label="Payment">
              <PaymentBadge sync={sync} />
            </Line>
            {retryable(sync) && sync.last_error && (
              <Text size="small" className="text-ui-fg-error break-words">
                {sync.last_error}
              </Text>
            )}
            {(sync.file_id || retryable(sync)) && (
              <div className="flex items-center justify-end gap-x-2">
                <DownloadButton sync={sync} />
                <RetryButton sync={sync} />
              </div>
            )}
          </div>
        ))
      )}
    </Container>
  )
}

// Beside the order summary, like the payment and customer sections.
export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderLexofficeWidget
