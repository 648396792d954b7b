import { useState, useTransition } from "react"

import type { DraftImage } from "@/lib/compose/draft"
import type { ComposeFailure } from "@/lib/data/compose"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

import { errorMessage } from "./error-message"

/** Why the last write failed, in words; `expired` when signing in again would help. */
export type WriteFailure = { message: string; expired: boolean }

/**
 * A publish, save or delete, run in a transition. It redirects when it succeeds; when it fails, `failure` says why
 * (`sent` are the images in the order the request listed them, `all` the post's, see errorMessage).
 */
export function useWrite(t: ComposeMessages) {
  const [failure, setFailure] = useState<WriteFailure | null>(null)
  const [pending, startTransition] = useTransition()
  const run = (write: () => Promise<ComposeFailure>, sent: readonly DraftImage[] = [], all = sent) => {
    setFailure(null)
    startTransition(async () => {
      const result = await write()
      if (result?.error) {
        setFailure({ message: errorMessage(result.error, t, sent, all), expired: result.error.code === "expired" })
      }
    })
  }
  return { pending, failure, run }
}
