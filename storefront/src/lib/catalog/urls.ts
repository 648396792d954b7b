import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales"

/** The absolute URL of an app path ("/", "/products?category=x") in a locale; "/" is the locale's home. */
export function localizedUrl(origin: string, locale: Locale, path: string): string {
  return `${origin}/${locale}${path === "/" ? "" : path}`
}

export type LanguageUrls = Record<Locale | "x-default", string>

/** The path in every locale, plus x-default (the default locale) for visitors whose language the shop lacks. */
export function languageUrls(origin: string, path: string): LanguageUrls {
  const urls = Object.fromEntries(locales.map((locale) => [locale, localizedUrl(origin, locale, path)]))
  return { ...urls, "x-default": localizedUrl(origin, defaultLocale, path) } as LanguageUrls
}

/** Next's `alternates`: this locale's URL as the canonical one, every locale's as hreflang alternates. */
export function alternatesOf(origin: string, locale: Locale, path: string) {
  return { canonical: localizedUrl(origin, locale, path), languages: languageUrls(origin, path) }
}
