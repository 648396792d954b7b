import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { toastError } from "../lib/toast-error"
import { List, Seller, SellerDetail, SellerStatus } from "../lib/types"

export type SellerFilter = { status?: SellerStatus; q?: string; limit: number; offset: number }
export type SellerAction = "approve" | "reject" | "suspend" | "reinstate"

export function useSellers(filter: SellerFilter) {
  return useQuery({
    queryKey: ["sellers", "list", filter],
    queryFn: () => sdk.client.fetch<List<"sellers", Seller>>("/admin/sellers", { query: filter }),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  })
}

export function useSeller(id: string) {
  return useQuery({
    queryKey: ["sellers", "detail", id],
    queryFn: () => sdk.client.fetch<{ seller: SellerDetail }>(`/admin/sellers/${id}`),
  })
}

/**
 * Approve, reject, suspend or reinstate; reject and suspend need a reason. Refetches on failure too: a
 * refused change usually means another operator changed the seller meanwhile.
 */
export function useSellerAction(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, reason }: { action: SellerAction; reason?: string }) =>
      sdk.client.fetch<{ seller: SellerDetail }>(`/admin/sellers/${id}/${action}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ["sellers"] }),
    onError: toastError,
  })
}

/** Sets the seller's commission override in percent; null returns it to the platform default. */
export function useUpdateCommission(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (commission_rate: number | null) =>
      sdk.client.fetch<{ seller: SellerDetail }>(`/admin/sellers/${id}`, { method: "POST", body: { commission_rate } }),
    onSettled: () => client.invalidateQueries({ queryKey: ["sellers"] }),
    onError: toastError,
  })
}
