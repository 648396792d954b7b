// Whether a request to one of the storefront's route handlers comes from the storefront's own pages.

/** The first value of a header a chain of proxies may have appended to ("a, b"), trimmed and lower case. */
const first = (value: string | null) => value?.split(",")[0].trim().toLowerCase() || null

// A host and an optional port, an IPv6 address in brackets: no user, path or query to slip past the comparison.
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/

/** An origin ("https://shop.example:8443") as the URL standard writes it; null for anything that is not http(s). */
function originOf(text: string): string | null {
  try {
    const url = new URL(text)
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null
  } catch {
    return null
  }
}

/**
 * Whether a request's Origin is the shop itself: its configured public origin (STOREFRONT_URL), or the origin of the
 * host the request came to (`x-forwarded-host`, else `Host`, with `x-forwarded-proto`, else the request URL's
 * protocol), the host Next checks its own server actions against. Browsers send Origin with every POST and another
 * site's page cannot forge it; a missing Origin and `null` (sandboxed frames, privacy redirects) are refused.
 */
export function isSameOrigin(request: Request, storefrontUrl: string): boolean {
  const header = request.headers.get("origin")
  const origin = header && header !== "null" ? originOf(header) : null
  if (!origin) return false
  if (origin === new URL(storefrontUrl).origin) return true
  const host = first(request.headers.get("x-forwarded-host")) ?? first(request.headers.get("host"))
  const proto = first(request.headers.get("x-forwarded-proto"))
  const protocol = proto === "http" || proto === "https" ? `${proto}:` : new URL(request.url).protocol
  return host !== null && HOST.test(host) && origin === originOf(`${protocol}//${host}`)
}
