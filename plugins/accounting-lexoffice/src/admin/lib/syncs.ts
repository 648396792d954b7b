import { keepPreviousData, Query, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { toast } from "@medusajs/ui"
import { sdk } from "./sdk"

// The shapes of /admin/lexoffice/syncs (src/api/admin/lexoffice). Dates are ISO strings.

export type SyncKind = "invoice" | "credit_note"
export type SyncStatus = "pending" | "synced" | "failed" | "dead"

export type Sync = {
  id: string
  kind: SyncKind
  reference: string
  order_id: string
  refund_id: string | null
  // Credit notes: the refunded amount in major units of the order's currency.
  amount: number | null
  status: SyncStatus
  attempts: number
  last_error: string | null
  next_attempt_at: string | null
  voucher_id: string | null
  voucher_number: string | null
  file_id: string | null
  // Lexoffice's: balanced, openRevenue (invoice) or openExpense (credit note).
  payment_status: string | null
  paid_at: string | null
  created_at: string
  updated_at: string
  lexoffice_url: string | null
}

export type SyncList = { syncs: Sync[]; count: number; offset: number; limit: number }
export type SyncFilter = { status?: SyncStatus; order_id?: string; limit: number; offset: number }

export const STATUSES: readonly SyncStatus[] = ["pending", "synced", "failed", "dead"]

export const kindLabel: Record<SyncKind, string> = { invoice: "Invoice", credit_note: "Credit note" }

/** Only these can be retried by hand; pending ones are picked up by the redrive job anyway. */
export function retryable(sync: Sync): boolean {
  return sync.status === "failed" || sync.status === "dead"
}

export function dateTime(value: string | null): string {
  return value ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value)) : "-"
}

// A sync is pending for the seconds it takes to reach Lexoffice: poll until it settles.
const refetchWhilePending = (query: Query<SyncList>) =>
  query.state.data?.syncs.some((sync) => sync.status === "pending") ? 5000 : false

export function useSyncs(filter: SyncFilter) {
  return useQuery({
    queryKey: ["lexoffice-syncs", filter],
    queryFn: () => sdk.client.fetch<SyncList>("/admin/lexoffice/syncs", { query: filter }),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
    refetchInterval: refetchWhilePending,
  })
}

/** Runs a failed or dead sync again at once; the answer is the record after that run. */
export function useRetrySync() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ sync: Sync }>(`/admin/lexoffice/syncs/${id}/retry`, { method: "POST", body: {} }),
    onSuccess: ({ sync }) => {
      if (sync.status === "synced") toast.success(`${kindLabel[sync.kind]} ${sync.voucher_number} is in Lexoffice`)
      else if (retryable(sync)) toast.error(`Retry failed: ${sync.last_error ?? "unknown error"}`)
      else toast.info("Retry queued")
    },
    onError: (error: Error) => toast.error(error.message),
    onSettled: () => client.invalidateQueries({ queryKey: ["lexoffice-syncs"] }),
  })
}

/**
 * Saves the voucher's PDF. Fetched with the SDK rather than linked, so that an error shows as a toast
 * instead of a downloaded JSON file.
 */
export function useDownloadFile() {
  return useMutation({
    mutationFn: async (sync: Sync) => {
      const response = await sdk.client.fetch<Response>(`/admin/lexoffice/syncs/${sync.id}/file`, {
        headers: { accept: "application/pdf" },
      })
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = `${sync.voucher_number ?? sync.id}.pdf`
      link.click()
      // Some browsers read the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url))
    },
    onError: (error: Error) => toast.error(error.message),
  })
}
