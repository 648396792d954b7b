import { redirectTable, type RedirectTable } from "./redirects"
import type { Paginated, Redirect } from "./types"

// The proxy runs before Next's data cache is available, so it keeps the CMS's redirects in memory.
// The state lives on globalThis because the proxy and the revalidation route are bundled apart but share
// the server process: the route's `invalidateRedirects()` makes the next request reload the table.
const TTL_MS = 60_000
const RETRY_MS = 10_000

type State = { table: RedirectTable; expires: number; loading: Promise<void> | null }
const KEY = Symbol.for("agora.cms.redirects")
const store = globalThis as typeof globalThis & { [KEY]?: State }

function state(): State {
  store[KEY] ??= { table: new Map(), expires: 0, loading: null }
  return store[KEY]
}

async function load(cmsUrl: string): Promise<void> {
  const current = state()
  try {
    const response = await fetch(`${cmsUrl}/api/redirects?limit=1000&depth=0`, {
      headers: { accept: "application/json" },
      cache: "no-store",
      signal: AbortSignal.timeout(3000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const { docs } = (await response.json()) as Paginated<Redirect>
    current.table = redirectTable(docs ?? [])
    current.expires = Date.now() + TTL_MS
  } catch (error) {
    // Keep the last good table; without the CMS the shop simply redirects nothing new.
    console.error(`CMS redirects unavailable from ${cmsUrl}: ${(error as Error).message}`)
    current.expires = Date.now() + RETRY_MS
  } finally {
    current.loading = null
  }
}

/**
 * The redirect table. On the first call and after an invalidation the request waits for the CMS
 * (at most 3 s); otherwise it gets the cached table at once, which is refreshed in the background
 * once older than a minute, one request at a time.
 */
export async function getRedirects(cmsUrl: string): Promise<RedirectTable> {
  const current = state()
  const stale = current.expires === 0
  if (Date.now() >= current.expires) current.loading ??= load(cmsUrl)
  if (stale && current.loading) await current.loading
  return current.table
}

export function invalidateRedirects(): void {
  state().expires = 0
}
