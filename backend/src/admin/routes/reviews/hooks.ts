import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { toastError } from "../../lib/toast-error"
import { List } from "../../lib/types"
import { AdminReview, ReviewFilter } from "./types"

export type ReviewQuery = { status: ReviewFilter; q?: string; limit: number; offset: number }
export type ReviewAction = "hide" | "restore"

export function useReviews(query: ReviewQuery) {
  return useQuery({
    queryKey: ["reviews", "list", query],
    queryFn: () => sdk.client.fetch<List<"reviews", AdminReview>>("/admin/reviews", { query }),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  })
}

/**
 * Hides a review (with an optional reason; its open reports are closed) or restores it. Refetches every list:
 * the review moves between them, and a refused action usually means another operator acted first.
 */
export function useReviewAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: ReviewAction; reason?: string }) =>
      sdk.client.fetch<{ review: AdminReview }>(`/admin/reviews/${id}/${action}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ["reviews"] }),
    onError: toastError,
  })
}
