export const locales = ["en", "de", "el"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "en"

/** The visitor's explicit choice, set by the locale switcher. */
export const LOCALE_COOKIE = "NEXT_LOCALE"

export function isLocale(value: string | undefined | null): value is Locale {
  return (locales as readonly string[]).includes(value ?? "")
}

/**
 * Parses an Accept-Language header into language tags, best first.
 * Entries with q=0 or a malformed q are dropped; equal weights keep header order.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return []
  return header
    .split(",")
    .map((part, index) => {
      const [rawTag, ...params] = part.trim().split(";")
      let q = 1
      for (const param of params) {
        const [key, value] = param.trim().split("=")
        if (key?.trim() === "q") q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value?.trim() ?? "") ? Number(value) : -1
      }
      return { tag: rawTag.trim().toLowerCase(), q, index }
    })
    .filter(({ tag, q }) => tag !== "" && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag)
}

/**
 * Picks the locale to render: the cookie if it names a supported locale, else the best
 * Accept-Language match (exact tag or its primary language, so "de-AT" gives "de"), else the default.
 */
export function negotiateLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  const fromCookie = input.cookie?.trim().toLowerCase()
  if (isLocale(fromCookie)) return fromCookie
  for (const tag of parseAcceptLanguage(input.acceptLanguage)) {
    const primary = tag.split("-")[0]
    if (isLocale(tag)) return tag
    if (isLocale(primary)) return primary
  }
  return defaultLocale
}

/** The locale named by the first path segment, if any. */
export function localeOfPath(path: string): Locale | null {
  const first = path.split(/[?#]/)[0].split("/")[1]
  return isLocale(first) ? first : null
}

/** Prefixes an app-internal path with the locale; external URLs and already prefixed paths pass through. */
export function localizeHref(locale: Locale, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//") || localeOfPath(href)) return href
  return href === "/" ? `/${locale}` : `/${locale}${href}`
}

/**
 * Where to send the visitor after switching language: a prefixed path gets the new prefix,
 * an unprefixed one stays as is (the proxy then reads the new cookie). Anything that is not a
 * same-site path becomes "/", so the switcher cannot be used as an open redirect.
 */
export function switchLocalePath(path: string, locale: Locale): string {
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/"
  const current = localeOfPath(path)
  if (!current) return path
  const rest = path.slice(current.length + 1)
  return `/${locale}${rest}`
}
