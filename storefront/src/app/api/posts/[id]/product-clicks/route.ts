import { getConfig, getSdk } from "@/lib/config"
import { getAuthToken } from "@/lib/data/cookies"
import { statusOf } from "@/lib/data/customer-reads"
import { isSameOrigin } from "@/lib/http/origin"
import { clientAddress } from "@/lib/post/beacon"
import { postId, productSchema } from "@/lib/post/schemas"

type Context = { params: Promise<{ id: string }> }

// `{"product_id": "prod_…"}` is far below this; a larger body is refused unread.
const MAX_BODY = 1024

const empty = (status: number) => new Response(null, { status })

/**
 * The beacon a post's page sends when a shopper opens a tagged product (`navigator.sendBeacon`): recorded by the
 * backend for the post's ranking, as the signed-in customer or, for a guest, by the visitor's address, which the
 * backend's rate limit counts per viewer. Browsers do not read the answer; 204 when recorded.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  // Another site's page (or a sandboxed frame) cannot record clicks in a visitor's name.
  if (!isSameOrigin(request, getConfig().storefrontUrl)) return empty(403)
  const { id } = await params
  if (!postId.safeParse(id).success) return empty(404)
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) return empty(413)
  const text = await request.text()
  if (text.length > MAX_BODY) return empty(413)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return empty(400)
  }
  const body = productSchema.safeParse(json)
  if (!body.success) return empty(400)

  const token = await getAuthToken()
  const address = clientAddress(request.headers.get("x-forwarded-for"))
  const record = (authorization?: string) =>
    getSdk().client.fetch(`/store/posts/${id}/product-clicks`, {
      method: "POST",
      body: body.data,
      headers: { ...(authorization ? { authorization } : {}), ...(address ? { "x-forwarded-for": address } : {}) },
      cache: "no-store",
    })
  try {
    try {
      await record(token && `Bearer ${token}`)
    } catch (error) {
      // An expired customer token: the click still counts, as a guest's.
      if (!token || statusOf(error) !== 401) throw error
      await record()
    }
    return empty(204)
  } catch (error) {
    const status = statusOf(error)
    // 400 (not tagged on the post), 404 (post gone), 429 (rate limit): the visitor's, passed on.
    if (status && status < 500) return empty(status)
    console.error(`Product click on ${id} not recorded: ${error instanceof Error ? error.message : String(error)}`)
    return empty(502)
  }
}
