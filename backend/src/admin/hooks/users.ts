import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** An admin user, to name the operator behind a decision. */
export function useUser(id: string | null) {
  return useQuery({
    queryKey: ["users", id],
    queryFn: () => sdk.admin.user.retrieve(id!),
    enabled: !!id,
    staleTime: Infinity,
  })
}
