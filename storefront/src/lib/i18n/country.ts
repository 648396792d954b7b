import type { Locale } from "./locales"

/** The shopper's country (ISO 3166-1 alpha-2, lower case), chosen in the header. It picks the Medusa region. */
export const COUNTRY_COOKIE = "agora_country"

/** The request header in which the proxy passes the page's locale on to server code (the default country needs it). */
export const LOCALE_HEADER = "x-agora-locale"

/**
 * The country a locale starts in when the shopper has chosen none. English is the language of every
 * visitor whose language we do not offer, most of them in the EU, so it starts in Germany, the store's
 * home (EUR, Berlin warehouse, German accounting), not in a country with another currency.
 */
export const localeCountries: Record<Locale, string> = { en: "de", de: "de", el: "gr" }

/** The region named "Europe" sells when nothing else decides; the store's first one without it. */
export const DEFAULT_REGION_NAME = "Europe"

/** A region as the storefront needs it: its countries as lower-case ISO-2 codes. */
export type ShopRegion = { id: string; name: string; currency_code: string; countries: string[] }

export function isCountryCode(value: string | undefined | null): value is string {
  return /^[a-z]{2}$/.test(value ?? "")
}

export function defaultRegion<R extends ShopRegion>(regions: R[]): R | null {
  return regions.find((region) => region.name === DEFAULT_REGION_NAME) ?? regions[0] ?? null
}

export function regionOfCountry<R extends ShopRegion>(regions: R[], country: string): R | null {
  return regions.find((region) => region.countries.includes(country)) ?? null
}

/**
 * The shopper's country: the cookie if a region sells there, else the locale's country if a region sells
 * there, else the default region's first country in alphabetical order; null when no region has countries.
 */
export function resolveCountry(
  regions: ShopRegion[],
  { cookie, locale }: { cookie?: string | null; locale: Locale }
): string | null {
  const chosen = cookie?.trim().toLowerCase()
  if (isCountryCode(chosen) && regionOfCountry(regions, chosen)) return chosen
  if (regionOfCountry(regions, localeCountries[locale])) return localeCountries[locale]
  const fallback = defaultRegion(regions.filter((region) => region.countries.length > 0))
  return fallback ? [...fallback.countries].sort()[0] : null
}

export type CountryOption = { code: string; name: string }
export type CountryGroup = { currency: string; label: string; countries: CountryOption[] }

/**
 * The countries for the switcher, one group per currency (so the shopper sees what a choice changes),
 * groups and countries sorted by their names in `locale`, e.g. "Euro (EUR)": Austria … Sweden.
 */
export function groupCountries(regions: ShopRegion[], locale: Locale): CountryGroup[] {
  const countryNames = new Intl.DisplayNames([locale], { type: "region" })
  const currencyNames = new Intl.DisplayNames([locale], { type: "currency" })
  const byCurrency = new Map<string, Set<string>>()
  for (const region of regions) {
    const currency = region.currency_code.toUpperCase()
    const codes = byCurrency.get(currency) ?? new Set<string>()
    region.countries.forEach((country) => codes.add(country))
    byCurrency.set(currency, codes)
  }
  const collator = new Intl.Collator(locale)
  return [...byCurrency]
    .filter(([, codes]) => codes.size > 0)
    .map(([currency, codes]) => ({
      currency,
      label: `${currencyNames.of(currency) ?? currency} (${currency})`,
      countries: [...codes]
        .map((code) => ({ code, name: countryNames.of(code.toUpperCase()) ?? code.toUpperCase() }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .sort((a, b) => collator.compare(a.label, b.label))
}

const SITE = "http://agora.invalid"

/**
 * Where to go after switching: the submitted path and query when they stay on this site, else the locale's
 * home, so the form cannot redirect elsewhere. Parsed like a browser would ("/\t/evil.example" is off-site).
 */
export function returnPath(path: unknown, locale: Locale): string {
  if (typeof path !== "string" || !path.startsWith("/")) return `/${locale}`
  const url = new URL(path, SITE)
  return url.origin === SITE ? `${url.pathname}${url.search}` : `/${locale}`
}
