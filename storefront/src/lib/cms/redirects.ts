import { localeOfPath } from "@/lib/i18n/locales"

import type { Redirect } from "./types"

export type RedirectTable = Map<string, { to: string; permanent: boolean }>

/** "/a/b/" and "/a/b" are one path; "/" stays "/". */
function normalize(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") || "/" : path
}

/** The CMS's redirects keyed by their (locale-free) source path; malformed entries are dropped. */
export function redirectTable(redirects: Redirect[]): RedirectTable {
  const table: RedirectTable = new Map()
  for (const { from, to, permanent } of redirects) {
    if (typeof from !== "string" || !from.startsWith("/") || typeof to !== "string" || !to.trim()) continue
    table.set(normalize(from), { to: to.trim(), permanent: permanent !== false })
  }
  return table
}

/**
 * Where a request path is redirected, if anywhere. Sources are matched with or without the locale
 * prefix; a storefront target keeps the visitor's prefix (an unprefixed request stays unprefixed, so
 * the proxy negotiates the language next), an absolute URL is used as is. The query string is kept
 * unless the target has its own. A redirect onto the same path is ignored rather than looping.
 */
export function matchRedirect(
  table: RedirectTable,
  pathname: string,
  search = ""
): { location: string; status: 307 | 308 } | null {
  if (table.size === 0) return null
  const locale = localeOfPath(pathname)
  const path = normalize(locale ? pathname.slice(locale.length + 1) || "/" : pathname)
  const hit = table.get(path)
  if (!hit) return null
  const status = hit.permanent ? 308 : 307
  if (/^https?:\/\//i.test(hit.to)) return { location: hit.to, status }
  if (!hit.to.startsWith("/") || hit.to.startsWith("//")) return null
  const target = locale ? (hit.to === "/" ? `/${locale}` : `/${locale}${hit.to}`) : hit.to
  if (normalize(target.split("?")[0]) === normalize(pathname)) return null
  return { location: target.includes("?") ? target : `${target}${search}`, status }
}
