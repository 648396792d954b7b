import "server-only"

import { draftMode } from "next/headers"

import { getConfig } from "@/lib/config"

type Query = Record<string, string | number | undefined>

/** Whether this request previews drafts: the editor came through /api/preview with the secret. */
export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled
}

/**
 * GET from the CMS's REST API. Published content goes through Next's data cache under `tags`, which
 * the CMS revalidates on publish (with a slower time-based refresh as a safety net, or a fast one
 * when revalidation is not configured). With `drafts` and draft mode on, the read bypasses the cache
 * and asks for the latest draft, authorised by the preview secret. Throws when the CMS cannot answer.
 */
export async function cmsGet<T>(path: string, query: Query, tags: string[], options: { drafts?: boolean } = {}): Promise<T> {
  const { cmsUrl, previewSecret, revalidateSecret } = getConfig()
  const preview = Boolean(options.drafts && previewSecret && (await isPreview()))
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value))
  if (preview) search.set("draft", "true")
  const response = await fetch(`${cmsUrl}${path}?${search}`, {
    headers: { accept: "application/json", ...(preview && previewSecret ? { "x-agora-preview": previewSecret } : {}) },
    ...(preview ? { cache: "no-store" as const } : { next: { tags, revalidate: revalidateSecret ? 3600 : 60 } }),
    signal: AbortSignal.timeout(5000),
  })
  if (!response.ok) throw new Error(`CMS ${path} answered HTTP ${response.status}`)
  return (await response.json()) as T
}

/** Runs a CMS read for optional content: logs and gives null when the CMS is down. */
export async function optional<T>(what: string, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    console.error(`CMS ${what} unavailable: ${(error as Error).message}`)
    return null
  }
}
