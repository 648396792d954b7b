import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cookies, headers } from "next/headers"
import { cache } from "react"

import { LOCALE_HEADER, regionOfCountry, resolveCountry, type ShopRegion } from "@/lib/i18n/country"
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales"

import { getCountryCookie } from "./cookies"
import { storeGet } from "./store-api"
import { tags } from "./tags"

/** The store's regions with their countries (lower-case ISO-2), read once an hour or on the `regions` tag. */
export async function listRegions(): Promise<ShopRegion[]> {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>(
    "/store/regions",
    { fields: "id,name,currency_code,countries.iso_2", limit: 50 },
    { tags: [tags.regions], revalidate: 3600 }
  )
  return regions.map(({ id, name, currency_code, countries }) => ({
    id,
    name,
    currency_code,
    countries: (countries ?? []).flatMap((country) => (country.iso_2 ? [country.iso_2.toLowerCase()] : [])),
  }))
}

/** The page's locale, which the proxy passes on; negotiated the proxy's way should a request lack it. */
async function requestLocale(): Promise<Locale> {
  const requested = await headers()
  const locale = requested.get(LOCALE_HEADER)
  if (isLocale(locale)) return locale
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value
  return negotiateLocale({ cookie, acceptLanguage: requested.get("accept-language") })
}

/**
 * The shopper's country: the `agora_country` cookie when a region sells there, else the locale's country
 * (lib/i18n/country.ts). Null only when no region has countries. Once per request.
 */
export const getCountry = cache(async (): Promise<string | null> => {
  return resolveCountry(await listRegions(), { cookie: await getCountryCookie(), locale: await requestLocale() })
})

/** The region selling to the shopper's country. Prices, new carts and the checkout's countries use it. */
export const getRegion = cache(async (): Promise<ShopRegion | null> => {
  const country = await getCountry()
  return country ? regionOfCountry(await listRegions(), country) : null
})

export type Country = { code: string; name: string }

/**
 * The countries of a region, for address forms, sorted by name in `locale`: the checkout passes its cart's
 * region (a cart merged at sign-in may be in another one), the rest the shopper's.
 */
export async function listCountries(locale: string, regionId?: string | null): Promise<Country[]> {
  const region = regionId ? ((await listRegions()).find((r) => r.id === regionId) ?? null) : await getRegion()
  const names = new Intl.DisplayNames([locale], { type: "region" })
  return (region?.countries ?? [])
    .map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}
