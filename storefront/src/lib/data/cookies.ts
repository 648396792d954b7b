import "server-only"

import { cookies, headers } from "next/headers"

import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales"

const CART_COOKIE = "_agora_cart_id"
const CART_ID = /^cart_[A-Za-z0-9]{1,64}$/
const AUTH_COOKIE = "_agora_jwt"
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/

/** Secure cookies only when the visitor came over TLS, so plain-http development keeps working. */
async function isHttps(): Promise<boolean> {
  return (await headers()).get("x-forwarded-proto") === "https"
}

/** The cart id from the cookie; a tampered value is ignored rather than sent to the backend. */
export async function getCartId(): Promise<string | undefined> {
  const id = (await cookies()).get(CART_COOKIE)?.value
  return id && CART_ID.test(id) ? id : undefined
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
  })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

/** The signed-in customer's Medusa token (a JWT), kept in an httpOnly cookie the browser cannot read. */
export async function getAuthToken(): Promise<string | undefined> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  return token && JWT.test(token) ? token : undefined
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    // Medusa's tokens last a day (http.jwtExpiresIn); an expired one is dropped on its first 401.
    maxAge: 60 * 60 * 24,
  })
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** Headers that make a Store API call on behalf of the signed-in customer; none for a guest. */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setLocaleCookie(locale: Locale): Promise<void> {
  ;(await cookies()).set(LOCALE_COOKIE, locale, {
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  })
}
