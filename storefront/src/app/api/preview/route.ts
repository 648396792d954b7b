import { draftMode } from "next/headers"
import { redirect } from "next/navigation"

import { getConfig } from "@/lib/config"
import { previewPath } from "@/lib/cms/preview"
import { safeEqual } from "@/lib/cms/signature"

/**
 * The CMS's preview and live-preview link: `/api/preview?secret=<PREVIEW_SECRET>&path=/de/about`.
 * Turns on draft mode (a cookie), so the pages read drafts, and opens the path.
 */
export async function GET(request: Request): Promise<Response> {
  const { previewSecret } = getConfig()
  if (!previewSecret) return new Response("Preview is not configured (PREVIEW_SECRET)", { status: 503 })
  const params = new URL(request.url).searchParams
  if (!safeEqual(params.get("secret") ?? "", previewSecret)) return new Response("Invalid secret", { status: 401 })
  const path = previewPath(params.get("path"))
  if (!path) return new Response("path must be a path on this site, such as /en/about", { status: 400 })
  const draft = await draftMode()
  draft.enable()
  redirect(path)
}
