import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { toastError } from "../lib/toast-error"
import { List, ModerationEntry, ProposedProduct } from "../lib/types"

type Page = { limit: number; offset: number }

/** The review queue, oldest first. */
export function useProposedProducts(page: Page) {
  return useQuery({
    queryKey: ["moderation", "products", page],
    queryFn: () => sdk.client.fetch<List<"products", ProposedProduct>>("/admin/moderation/products", { query: page }),
    placeholderData: keepPreviousData,
  })
}

/** The moderation log, newest first; for one product when product_id is given. */
export function useModerationEntries(filter: Page & { product_id?: string }) {
  return useQuery({
    queryKey: ["moderation", "entries", filter],
    queryFn: () => sdk.client.fetch<List<"moderation_entries", ModerationEntry>>("/admin/moderation/entries", { query: filter }),
    placeholderData: keepPreviousData,
  })
}

export function useModerate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; decision: "approve" | "reject"; reason?: string }) =>
      sdk.client.fetch<{ moderation_entry: ModerationEntry }>(`/admin/moderation/products/${id}`, { method: "POST", body }),
    // Refetching drops the decided product from the queue (also one another operator decided first).
    onSettled: () => client.invalidateQueries({ queryKey: ["moderation"] }),
    onError: toastError,
  })
}
