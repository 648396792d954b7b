"use server"

import { FetchError } from "@medusajs/js-sdk"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { getSdk } from "@/lib/config"
import { groupCountries, regionOfCountry, returnPath, type CountryGroup } from "@/lib/i18n/country"
import { isLocale, type Locale } from "@/lib/i18n/locales"

import { retrieveCart } from "./cart"
import { getAuthHeaders, setCountryCookie } from "./cookies"
import { getCountry, listRegions } from "./regions"
import { tags } from "./tags"

export type CountryChoice = { current: string | null; groups: CountryGroup[] }

/** The header switcher's countries and the shopper's; none (no switcher) when the backend is unreachable. */
export async function getCountryChoice(locale: Locale): Promise<CountryChoice> {
  try {
    const [regions, current] = await Promise.all([listRegions(), getCountry()])
    return { current, groups: groupCountries(regions, locale) }
  } catch (error) {
    console.error(`Countries unavailable for the header: ${(error as Error).message}`)
    return { current: null, groups: [] }
  }
}

export type CountryState = { status: "idle" | "refused" | "failed"; country?: string }

/**
 * Form action (useActionState): remembers the shopper's country and moves an open cart to the region that
 * sells there, where Medusa prices its lines again in the region's currency. Medusa refuses the move when a
 * line has no price there ("Items … do not have a price", 400) and leaves the cart as it was; the country then
 * stays too and the shopper is told why. On success the page reloads at the submitted path.
 */
export async function changeCountry(_state: CountryState, form: FormData): Promise<CountryState> {
  const locale = form.get("locale")
  const country = form.get("country")
  if (typeof locale !== "string" || !isLocale(locale) || typeof country !== "string") return { status: "failed" }
  try {
    const region = regionOfCountry(await listRegions(), country)
    if (!region) return { status: "failed" }
    const cart = await retrieveCart()
    if (cart && cart.region_id !== region.id) {
      await getSdk().store.cart.update(cart.id, { region_id: region.id }, {}, await getAuthHeaders())
      updateTag(tags.cart(cart.id))
    }
  } catch (error) {
    const refused = error instanceof FetchError && error.status === 400 && /do not have a price/.test(error.message)
    console.error(`Changing the country to ${country} failed: ${(error as Error).message}`)
    return { status: refused ? "refused" : "failed", country }
  }
  await setCountryCookie(country)
  redirect(returnPath(form.get("path"), locale))
}
