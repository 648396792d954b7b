import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { toastError } from "../lib/toast-error"
import { List, Payout, PayoutStatus } from "../lib/types"

export type PayoutFilter = { status?: PayoutStatus; limit: number; offset: number }

export function usePayouts(filter: PayoutFilter) {
  return useQuery({
    queryKey: ["payouts", "list", filter],
    queryFn: () => sdk.client.fetch<List<"payouts", Payout>>("/admin/payouts", { query: filter }),
    placeholderData: keepPreviousData,
  })
}

/** Records a pending payout as transferred, with the bank or provider reference if there is one. */
export function useMarkPaid() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reference }: { id: string; reference?: string }) =>
      sdk.client.fetch<{ payout: Payout }>(`/admin/payouts/${id}/mark-paid`, {
        method: "POST",
        body: reference ? { reference } : {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ["payouts"] }),
    onError: toastError,
  })
}
