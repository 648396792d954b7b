import "server-only"

import { cookies, headers } from "next/headers"

import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales"

const CART_COOKIE = "_agora_cart_id"
const CART_ID = /^cart_[A-Za-z0-9]{1,64}$/

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

export async function setLocaleCookie(locale: Locale): Promise<void> {
  ;(await cookies()).set(LOCALE_COOKIE, locale, {
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  })
}
