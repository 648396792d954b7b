import { NextResponse, type NextRequest } from "next/server"

import { getRedirects } from "@/lib/cms/redirect-cache"
import { matchRedirect } from "@/lib/cms/redirects"
import { LOCALE_HEADER } from "@/lib/i18n/country"
import { LOCALE_COOKIE, localeOfPath, negotiateLocale } from "@/lib/i18n/locales"

// Read directly: lib/config is server-only (it also builds the Medusa client). instrumentation.ts has
// already validated the value when the server started.
const CMS_URL = (process.env.CMS_URL?.trim() || "http://localhost:3001").replace(/\/+$/, "")

/**
 * First applies the CMS's redirects (with or without a locale prefix; 308 when permanent, else 307).
 * Then serves unprefixed paths in the visitor's language by rewriting (not redirecting) them to
 * /<locale>/..., so "/" answers 200 directly. Prefixed paths pass through unchanged.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const hit = matchRedirect(await getRedirects(CMS_URL), pathname, search)
  if (hit) return NextResponse.redirect(new URL(hit.location, request.url), hit.status)
  const prefixed = localeOfPath(pathname)
  const locale =
    prefixed ??
    negotiateLocale({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    })
  // Server code learns the page's locale from this header: the shopper's default country depends on it.
  const headers = new Headers(request.headers)
  headers.set(LOCALE_HEADER, locale)
  if (prefixed) return NextResponse.next({ request: { headers } })
  const url = request.nextUrl.clone()
  url.pathname = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`
  return NextResponse.rewrite(url, { request: { headers } })
}

export const config = {
  // Pages only: not Next's assets, route handlers or files such as /favicon.ico and /robots.txt.
  matcher: ["/((?!_next/|api/|.*\\..*).*)"],
}
