import { draftMode } from "next/headers"
import { redirect } from "next/navigation"

import { previewPath } from "@/lib/cms/preview"

/** Leaves draft mode and returns to `?path=` (a same-site path) or the home page. */
export async function GET(request: Request): Promise<Response> {
  const draft = await draftMode()
  draft.disable()
  const path = previewPath(new URL(request.url).searchParams.get("path"))
  redirect(path ?? "/")
}
