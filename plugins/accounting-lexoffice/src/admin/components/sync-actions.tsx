import { Button } from "@medusajs/ui"
import { retryable, Sync, useDownloadFile, useRetrySync } from "../lib/syncs"

/** Shown on failed and dead syncs only. */
export function RetryButton({ sync }: { sync: Sync }) {
  const retry = useRetrySync()
  if (!retryable(sync)) return null
  return (
    <Button size="small" variant="secondary" isLoading={retry.isPending} onClick={() => retry.mutate(sync.id)}>
      Retry
    </Button>
  )
}

/** Shown once the voucher's PDF is stored. */
export function DownloadButton({ sync }: { sync: Sync }) {
  const download = useDownloadFile()
  if (!sync.file_id) return null
  return (
    <Button size="small" variant="transparent" isLoading={download.isPending} onClick={() => download.mutate(sync)}>
      Download
    </Button>
  )
}
