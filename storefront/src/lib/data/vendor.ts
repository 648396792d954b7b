import "server-only"

import { redirect } from "next/navigation"
import { cache } from "react"

import type { Locale } from "@/lib/i18n/locales"

import { getSellerToken, removeSellerToken } from "./cookies"
import { medusaFetch, statusOf } from "./customer-reads"

export type SellerStatus = "pending" | "approved" | "rejected" | "suspended"

/** The seller as `GET /vendor/sellers/me` answers it (docs/API.md, Seller). */
export type Seller = {
  id: string
  handle: string
  name: string
  email: string
  status: SellerStatus
  status_reason: string | null
  description: string | null
  logo_url: string | null
  country_code: string
  payout_method: "iban" | "vivawallet" | null
  payout_account_holder: string | null
  payout_iban: string | null
  payout_vivawallet_merchant_id: string | null
  /** Whether the owner has verified their sign-in e-mail; the operator approves a shop only then. */
  email_verified: boolean
}

export type SellerMember = { id: string; role: "owner" | "staff" }

type Call = Omit<Parameters<typeof medusaFetch>[1] & object, "token"> & { token?: string }

/**
 * A Vendor API call as the signed-in seller member (the seller cookie's token), or with the token given (sign-up,
 * before the cookie is set). Never cached: every answer is one seller's own data.
 */
export async function vendorFetch<T>(path: string, call: Call = {}): Promise<T> {
  return medusaFetch<T>(path, { ...call, token: call.token ?? (await getSellerToken()) })
}

/**
 * The signed-in seller and the member acting for it, or null when nobody is signed in as a seller, the token
 * expired, or it carries no seller yet. Read once per request (layout and page share it).
 */
export const retrieveSeller = cache(async (): Promise<{ seller: Seller; member: SellerMember } | null> => {
  const token = await getSellerToken()
  if (!token) return null
  try {
    return await vendorFetch<{ seller: Seller; member: SellerMember }>("/vendor/sellers/me", { token })
  } catch (error) {
    if (statusOf(error) !== 401) throw error
    try {
      await removeSellerToken()
    } catch {
      // Rendering a page: cookies are read-only here; the visitor counts as signed out.
    }
    return null
  }
})

/** The signed-in seller; anyone else is sent to the seller sign-in. */
export async function requireSeller(locale: Locale): Promise<{ seller: Seller; member: SellerMember }> {
  const signedIn = await retrieveSeller()
  if (!signedIn) redirect(`/${locale}/sell/sign-in`)
  return signedIn
}
