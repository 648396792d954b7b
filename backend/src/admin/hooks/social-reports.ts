import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { toastError } from "../lib/toast-error"
import { CursorList, PostReport, ReportStatus } from "../lib/types"

export type ReportAction = "hide" | "restore" | "dismiss"

const PAGE_SIZE = 20

/** Reports of one status, newest first; each "Load more" appends the page after next_cursor. */
export function usePostReports(status: ReportStatus) {
  return useInfiniteQuery({
    queryKey: ["social-reports", status],
    queryFn: ({ pageParam }) =>
      sdk.client.fetch<CursorList<"reports", PostReport>>("/admin/social/reports", {
        query: { status, limit: PAGE_SIZE, cursor: pageParam },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  })
}

// Hiding and restoring act on the reported post, dismissing on the report alone.
const paths: Record<ReportAction, (report: PostReport) => string> = {
  hide: (report) => `/admin/social/posts/${report.post.id}/hide`,
  restore: (report) => `/admin/social/posts/${report.post.id}/restore`,
  dismiss: (report) => `/admin/social/reports/${report.id}/dismiss`,
}

/**
 * Hides or restores the report's post, or dismisses the report. Refetches every status: hiding resolves
 * all the post's open reports, which move from the open list to the resolved one.
 */
export function useReportAction(report: PostReport) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: ReportAction) => sdk.client.fetch<unknown>(paths[action](report), { method: "POST" }),
    onSettled: () => client.invalidateQueries({ queryKey: ["social-reports"] }),
    onError: toastError,
  })
}
