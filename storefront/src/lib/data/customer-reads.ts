import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"
import { cache } from "react"

import { getSdk } from "@/lib/config"
import type { Locale } from "@/lib/i18n/locales"

import { getAuthToken, removeAuthToken } from "./cookies"

export const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,metadata,*addresses"

type Call = {
  method?: "GET" | "POST" | "DELETE"
  /** The visitor's Medusa token; it goes into this request's headers only, never into the shared sdk. */
  token?: string
  body?: Record<string, unknown>
  query?: Record<string, unknown>
  /** Another type than JSON (a PDF): the sdk then answers with the raw Response, for the caller to stream. */
  accept?: string
}

/**
 * A Store or Auth API call for one visitor through the sdk's client (which adds the publishable key), for the
 * account's reads and writes: the token is passed explicitly, so sign-up and sign-in can use one that is not
 * in the cookie yet and a 401 is about the token that was sent. (Cart and checkout use the sdk's cart methods
 * with getAuthHeaders().) Never cached: the answers are one customer's own data.
 */
export function medusaFetch<T>(path: string, { method = "GET", token, body, query, accept }: Call = {}): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method,
    body,
    query,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(accept ? { accept } : {}) },
    cache: "no-store",
  })
}

/** The HTTP status of a failed Medusa call; undefined for network errors. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof FetchError ? error.status : undefined
}

/**
 * Drops an expired token. Cookies can only change in a server action or route handler; while a page
 * renders this fails, and the visitor simply counts as signed out until the cookie expires with the token.
 */
export async function forgetToken(): Promise<void> {
  try {
    await removeAuthToken()
  } catch {
    // Rendering a page: the cookie is read-only here.
  }
}

/** The customer a token belongs to. */
export async function customerOf(token: string): Promise<HttpTypes.StoreCustomer> {
  const { customer } = await medusaFetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
    token,
    query: { fields: CUSTOMER_FIELDS },
  })
  return customer
}

/**
 * The signed-in customer with their addresses, or null for a guest or an expired token. Never throws for
 * a signed-out visitor; a backend failure for a signed-in one does. Read once per request (the header,
 * the account layout and the page share it).
 */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  const token = await getAuthToken()
  if (!token) return null
  try {
    return await customerOf(token)
  } catch (error) {
    // 401: the token expired; 404: its customer is gone.
    const status = statusOf(error)
    if (status !== 401 && status !== 404) throw error
    await forgetToken()
    return null
  }
})

/** The signed-in customer; a guest is sent to the sign-in page. */
export async function requireCustomer(locale: Locale): Promise<HttpTypes.StoreCustomer> {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${locale}/account`)
  return customer
}
