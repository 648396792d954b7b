import "server-only"

import { cookies, headers } from "next/headers"

import { COUNTRY_COOKIE } from "@/lib/i18n/country"
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales"

const CART_COOKIE = "_agora_cart_id"
const CART_ID = /^cart_[A-Za-z0-9]{1,64}$/
const AUTH_COOKIE = "_agora_jwt"
const SELLER_COOKIE = "_agora_seller_jwt"
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/
const DAY = 60 * 60 * 24

/**
 * Sets a first-party cookie for the whole site: SameSite=Lax, Secure only when the visitor came over TLS
 * (so plain-http development keeps working), httpOnly unless the browser's scripts must read it.
 */
async function setCookie(
  name: string,
  value: string,
  maxAge: number,
  { httpOnly = true }: { httpOnly?: boolean } = {}
): Promise<void> {
  const secure = (await headers()).get("x-forwarded-proto") === "https"
  ;(await cookies()).set(name, value, { httpOnly, sameSite: "lax", secure, path: "/", maxAge })
}

/** A cookie's value when it has the expected form; a tampered value is ignored rather than sent on. */
async function getCookie(name: string, valid: RegExp): Promise<string | undefined> {
  const value = (await cookies()).get(name)?.value
  return value && valid.test(value) ? value : undefined
}

async function removeCookie(name: string): Promise<void> {
  ;(await cookies()).delete(name)
}

export function getCartId(): Promise<string | undefined> {
  return getCookie(CART_COOKIE, CART_ID)
}

export function setCartId(id: string): Promise<void> {
  return setCookie(CART_COOKIE, id, 30 * DAY)
}

export function removeCartId(): Promise<void> {
  return removeCookie(CART_COOKIE)
}

/** The signed-in customer's Medusa token (a JWT), kept in an httpOnly cookie the browser cannot read. */
export function getAuthToken(): Promise<string | undefined> {
  return getCookie(AUTH_COOKIE, JWT)
}

export function setAuthToken(token: string): Promise<void> {
  // Medusa's tokens last a day (http.jwtExpiresIn); an expired one is dropped on its first 401.
  return setCookie(AUTH_COOKIE, token, DAY)
}

export function removeAuthToken(): Promise<void> {
  return removeCookie(AUTH_COOKIE)
}

/**
 * The signed-in seller member's Medusa token (actor type `seller`). Apart from the customer's: one person may
 * shop as a customer and run a shop as a seller with different logins.
 */
export function getSellerToken(): Promise<string | undefined> {
  return getCookie(SELLER_COOKIE, JWT)
}

export function setSellerToken(token: string): Promise<void> {
  return setCookie(SELLER_COOKIE, token, DAY)
}

export function removeSellerToken(): Promise<void> {
  return removeCookie(SELLER_COOKIE)
}

/**
 * Headers that make a Store API call on behalf of the signed-in customer; none for a guest. For the cart and
 * checkout, which call the sdk's cart methods (their multi-step helpers, such as the payment session's) with
 * whoever the cookie says is signed in; account calls pass their token to `medusaFetch` (customer-reads.ts).
 */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export function setLocaleCookie(locale: Locale): Promise<void> {
  // Readable by scripts: the locale is no secret.
  return setCookie(LOCALE_COOKIE, locale, 365 * DAY, { httpOnly: false })
}

/** The shopper's chosen country (ISO-2, lower case); whether a region sells there is checked by its readers. */
export function getCountryCookie(): Promise<string | undefined> {
  return getCookie(COUNTRY_COOKIE, /^[a-z]{2}$/)
}

export function setCountryCookie(country: string): Promise<void> {
  return setCookie(COUNTRY_COOKIE, country, 365 * DAY)
}
