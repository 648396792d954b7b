import { revalidateTag } from "next/cache"

import { getConfig } from "@/lib/config"
import { invalidateRedirects } from "@/lib/cms/redirect-cache"
import { parseTags, verifySignature } from "@/lib/cms/signature"
import { tags as cacheTags } from "@/lib/data/tags"

// Far above any real tag list; a larger body is refused before hashing it.
const MAX_BODY = 16 * 1024

const json = (body: unknown, status: number) => Response.json(body, { status })

/**
 * The CMS (after a publish) and the backend (after a catalog change) call this with `{"tags": [...]}`, signed
 * with REVALIDATE_SECRET (see lib/cms/signature.ts); the tags' cached reads are dropped, so the next visitor
 * gets the new content.
 */
export async function POST(request: Request): Promise<Response> {
  const { revalidateSecret } = getConfig()
  if (!revalidateSecret) return json({ error: "Revalidation is not configured (REVALIDATE_SECRET)" }, 503)
  const body = await request.text()
  if (body.length > MAX_BODY) return json({ error: "Body too large" }, 413)
  const valid = verifySignature({
    secret: revalidateSecret,
    timestamp: request.headers.get("x-agora-timestamp"),
    signature: request.headers.get("x-agora-signature"),
    body,
    now: Date.now(),
  })
  if (!valid) return json({ error: "Invalid signature" }, 401)
  const tags = parseTags(body)
  if (!tags) return json({ error: 'Expected {"tags": [...]} with 1 to 20 tags like "cms-page-about" or "product-<handle>"' }, 400)
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  // The proxy keeps redirects in memory rather than in the data cache.
  if (tags.includes(cacheTags.cmsRedirects)) invalidateRedirects()
  return json({ revalidated: tags }, 200)
}
