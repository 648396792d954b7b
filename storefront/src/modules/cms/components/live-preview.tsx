"use client"

import { RefreshRouteOnSave } from "@payloadcms/live-preview-react"
import { useRouter } from "next/navigation"

/**
 * In draft mode, re-renders the route when the editor saves in the CMS's live preview: the CMS posts a
 * message to this window (checked against `serverURL`), and the refresh refetches the drafts.
 */
export default function LivePreview({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverURL} />
}
