import { StatusBadge, Tooltip } from "@medusajs/ui"
import { dateTime, Sync, SyncStatus } from "../lib/syncs"

const statusColors: Record<SyncStatus, "green" | "blue" | "orange" | "red"> = {
  synced: "green",
  // Failed ones are retried by the redrive job; dead ones only by hand.
  pending: "blue",
  failed: "orange",
  dead: "red",
}

const statusLabels: Record<SyncStatus, string> = { pending: "Pending", synced: "Synced", failed: "Failed", dead: "Dead" }

export const statusLabel = (status: SyncStatus) => statusLabels[status]

/** The sync's state, with when it runs again or that it stopped trying. */
export function SyncStatusBadge({ sync }: { sync: Sync }) {
  const badge = <StatusBadge color={statusColors[sync.status]}>{statusLabel(sync.status)}</StatusBadge>
  const hint =
    sync.status === "failed" && sync.next_attempt_at
      ? `Next attempt ${dateTime(sync.next_attempt_at)}`
      : sync.status === "dead"
        ? `Gave up after ${sync.attempts} attempts; retry once the cause is fixed`
        : undefined
  return hint ? (
    <Tooltip content={hint}>
      <span>{badge}</span>
    </Tooltip>
  ) : (
    badge
  )
}

/** Lexoffice's payment status of the voucher: balanced means fully paid (or paid out, for a credit note). */
export function PaymentBadge({ sync }: { sync: Sync }) {
  if (!sync.payment_status) return <>-</>
  if (sync.payment_status === "balanced") {
    return (
      <Tooltip content={`Paid ${dateTime(sync.paid_at)}`}>
        <span>
          <StatusBadge color="green">Paid</StatusBadge>
        </span>
      </Tooltip>
    )
  }
  const open = sync.payment_status === "openRevenue" || sync.payment_status === "openExpense"
  return <StatusBadge color={open ? "orange" : "grey"}>{open ? "Open" : sync.payment_status}</StatusBadge>
}

/** The voucher number, opening the voucher in Lexoffice. */
export function VoucherLink({ sync }: { sync: Sync }) {
  if (!sync.voucher_number || !sync.lexoffice_url) return <>{sync.voucher_number ?? "-"}</>
  return (
    <a href={sync.lexoffice_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
      {sync.voucher_number}
    </a>
  )
}
