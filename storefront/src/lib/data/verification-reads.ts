import "server-only"

import { cache } from "react"
import { messageOf } from "@/lib/util/errors"


import { getAuthToken } from "./cookies"
import { forgetToken, medusaFetch, statusOf } from "./customer-reads"
import { listMembers } from "./seller-reads"
import type { SellerMember } from "./vendor"

/** Whether the signed-in customer's sign-in e-mail is verified (`GET /store/customers/me/email-verification`). */
export type EmailVerification = { email: string | null; verified: boolean }

/**
 * The signed-in customer's verification state, read once per request; null for a guest, an expired token, or when
 * the backend cannot say (logged): the pages then show what they show a verified customer, and the backend's 403
 * still stands.
 */
export const customerVerification = cache(async (): Promise<EmailVerification | null> => {
  const token = await getAuthToken()
  if (!token) return null
  try {
    return await medusaFetch<EmailVerification>("/store/customers/me/email-verification", { token })
  } catch (error) {
    if (statusOf(error) === 401) await forgetToken()
    else console.error(`E-mail verification state unavailable: ${messageOf(error)}`)
    return null
  }
})

/**
 * The sign-in e-mail of the signed-in seller member, which a verification link goes to. Only owners may list the
 * shop's members; null for staff.
 */
export async function sellerLoginEmail(member: SellerMember): Promise<string | null> {
  if (member.role !== "owner") return null
  const members = await listMembers()
  return members.find((candidate) => candidate.id === member.id)?.email ?? null
}
