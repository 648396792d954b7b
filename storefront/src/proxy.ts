import { NextResponse, type NextRequest } from "next/server"

import { LOCALE_COOKIE, localeOfPath, negotiateLocale } from "@/lib/i18n/locales"

/**
 * Serves unprefixed paths in the visitor's language by rewriting (not redirecting) them to
 * /<locale>/..., so "/" answers 200 directly. Prefixed paths pass through unchanged.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (localeOfPath(pathname)) return NextResponse.next()
  const locale = negotiateLocale({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  })
  const url = request.nextUrl.clone()
  url.pathname = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  // Pages only: not Next's assets, route handlers or files such as /favicon.ico and /robots.txt.
  matcher: ["/((?!_next/|api/|.*\\..*).*)"],
}
