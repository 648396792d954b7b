"use server"

import { refresh } from "next/cache"

import { textFields } from "@/lib/account/schemas"
import { formLocale } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { SecurityState } from "@/lib/security/form-state"
import { codeSchema, parseSecurity } from "@/lib/security/schemas"
import { confirmProblem } from "@/lib/security/verification"
import { messageOf } from "@/lib/util/errors"

import { authFetch, waitOf } from "./auth-api"
import { getAuthToken, getSellerToken, removeAuthToken, removeSellerToken } from "./cookies"
import { medusaFetch, statusOf } from "./customer-reads"
import { sellerLoginEmail, type EmailVerification } from "./verification-reads"
import { vendorFetch, type Seller, type SellerMember } from "./vendor"

// E-mail verification with Medusa's token verification: the link's code is confirmed on a button press, never when
// the page opens, so a mail client's link scanner cannot use it up.

const PROBLEMS = { invalid: "codeInvalid", expired: "codeExpired", failed: "failed" } as const

/** Form action on the verify-email pages: confirms the link's code; no sign-in needed. */
export async function confirmEmail(_state: SecurityState, form: FormData): Promise<SecurityState> {
  const locale = formLocale(form)
  const parsed = parseSecurity(codeSchema, textFields(form, ["code"]))
  if (!parsed.ok) return { status: "failed", message: "codeInvalid" }
  try {
    await authFetch("/auth/verification/confirm", { body: { code: parsed.data.code } })
    return { status: "saved", message: "verified" }
  } catch (error) {
    const detail = waitOf(error, locale)
    if (detail) return { status: "failed", message: "tooMany", detail }
    const problem = confirmProblem(statusOf(error), messageOf(error))
    if (problem === "failed") console.error(`E-mail verification failed: ${messageOf(error)}`)
    return { status: "failed", message: PROBLEMS[problem] }
  }
}

/** Asks the backend to mail a new link to the login's e-mail address, in the page's language. */
function requestLink(token: string, email: string, locale: Locale) {
  return authFetch("/auth/verification/request", {
    token,
    body: { entity_id: email, entity_type: "email", metadata: { locale } },
  })
}

/** A refused resend: an expired session is dropped and said so, a rate limit says how long to wait. */
async function refused(error: unknown, locale: Locale, forget: () => Promise<void>): Promise<SecurityState> {
  if (statusOf(error) === 401) {
    await forget()
    return { status: "failed", message: "signedOut" }
  }
  const detail = waitOf(error, locale)
  if (detail) return { status: "failed", message: "tooMany", detail }
  console.error(`Resending the verification link failed: ${messageOf(error)}`)
  return { status: "failed", message: "failed" }
}

// A verified address needs no link: the page drops its notice.
const alreadyVerified = (): SecurityState => {
  refresh()
  return { status: "saved", message: "alreadyVerified" }
}

/** Form action: mails the signed-in customer a new verification link. */
export async function resendVerification(_state: SecurityState, form: FormData): Promise<SecurityState> {
  const locale = formLocale(form)
  const token = await getAuthToken()
  if (!token) return { status: "failed", message: "signedOut" }
  try {
    const { email, verified } = await medusaFetch<EmailVerification>("/store/customers/me/email-verification", {
      token,
    })
    if (verified) return alreadyVerified()
    if (!email) throw new Error("The customer's login has no e-mail address")
    await requestLink(token, email, locale)
    return { status: "saved", message: "sent" }
  } catch (error) {
    return refused(error, locale, removeAuthToken)
  }
}

/** Form action: mails the signed-in seller owner a new verification link (the review waits for it). */
export async function resendSellerVerification(_state: SecurityState, form: FormData): Promise<SecurityState> {
  const locale = formLocale(form)
  const token = await getSellerToken()
  if (!token) return { status: "failed", message: "signedOut" }
  try {
    const { seller, member } = await vendorFetch<{ seller: Seller; member: SellerMember }>("/vendor/sellers/me", {
      token,
    })
    if (seller.email_verified) return alreadyVerified()
    const email = await sellerLoginEmail(member)
    if (!email) throw new Error(`Member ${member.id} is no owner: the link goes to the owner's address`)
    await requestLink(token, email, locale)
    return { status: "saved", message: "sent" }
  } catch (error) {
    return refused(error, locale, removeSellerToken)
  }
}
