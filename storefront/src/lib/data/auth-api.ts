import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { headers } from "next/headers"

import { getConfig } from "@/lib/config"
import { getDictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"
import { clientAddress } from "@/lib/post/beacon"
import { DEFAULT_WAIT, retryAfterSeconds, waitText } from "@/lib/security/retry-after"

/** A refused Auth API call; a 429 carries the seconds its Retry-After asks to wait. */
export class AuthApiError extends FetchError {
  constructor(
    message: string,
    status: number,
    readonly retryAfter: number | null
  ) {
    super(message, undefined, status)
  }
}

type Call = {
  /** The visitor's Medusa token (a customer's or seller's, or a reset link's), for this request only. */
  token?: string
  body: Record<string, unknown>
}

/**
 * A POST to one of the backend's rate-limited auth routes (sign-in, registration, password reset, e-mail
 * verification) from a server action, with the publishable key. The backend counts its limits per client address,
 * and the client it sees is this server: the visitor's address (read as the product-click beacon reads it) goes along
 * in `x-forwarded-for`. Plain fetch rather than the sdk, whose errors drop the Retry-After header. Never cached.
 * Failures throw an AuthApiError, which `statusOf` reads like the sdk's.
 */
export async function authFetch<T>(path: string, { token, body }: Call): Promise<T> {
  const { medusaBackendUrl, medusaPublishableKey } = getConfig()
  const address = clientAddress((await headers()).get("x-forwarded-for"))
  const response = await fetch(`${medusaBackendUrl}${path}`, {
    method: "POST",
    headers: {
      accept: "application/json",
      "content-type": "application/json",
      "x-publishable-api-key": medusaPublishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(address ? { "x-forwarded-for": address } : {}),
    },
    body: JSON.stringify(body),
    cache: "no-store",
  })
  // Some answers (201 to a reset request) may have no body.
  const json = (await response.json().catch(() => ({}))) as { message?: unknown }
  if (!response.ok) {
    const message = typeof json.message === "string" ? json.message : response.statusText
    throw new AuthApiError(message, response.status, retryAfterSeconds(response.headers.get("retry-after")))
  }
  return json as T
}

/** How long a rate-limited call asks to wait, in the visitor's words ("Try again in 2 minutes."); null otherwise. */
export function waitOf(error: unknown, locale: Locale): string | null {
  if (!(error instanceof AuthApiError) || error.status !== 429) return null
  return waitText(error.retryAfter ?? DEFAULT_WAIT, locale, getDictionary(locale).security.wait)
}
