"use server"

import { redirect } from "next/navigation"

import { parse, textFields, type FieldErrors } from "@/lib/account/schemas"
import { formLocale } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import { apiFieldErrors } from "@/lib/seller/api-errors"
import type { SellerFormState } from "@/lib/seller/form-state"
import { applySchema, isInviteToken, joinSchema, signInSchema } from "@/lib/seller/schemas"
import { messageOf } from "@/lib/util/errors"

import { authFetch, waitOf } from "./auth-api"
import { removeSellerToken, setSellerToken } from "./cookies"
import { medusaFetch, statusOf } from "./customer-reads"
import { listShopCountries } from "./seller-reads"
import { vendorFetch, type Seller } from "./vendor"

/** A seller token for e-mail and password; null for a wrong pair (Medusa does not say which part). */
async function signInToken(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await authFetch<{ token?: string }>("/auth/seller/emailpass", { body: { email, password } })
    if (!token) throw new Error("Medusa answered without a token")
    return token
  } catch (error) {
    if (statusOf(error) === 401) return null
    throw error
  }
}

/**
 * A token for a new login with this e-mail and password, or for the existing one when the e-mail has a login
 * already (a customer's, or an application that stopped half-way) and the password is its password; null when
 * it has one with another password.
 */
async function loginToken(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await authFetch<{ token: string }>("/auth/seller/emailpass/register", {
      body: { email, password },
    })
    return token
  } catch (error) {
    // Medusa's emailpass provider: 401 "Identity with email already exists".
    if (statusOf(error) !== 401 || !/already exists/i.test(messageOf(error))) throw error
  }
  return signInToken(email, password)
}

/**
 * A token that carries the member. Medusa writes the actor into a token when it issues it, so the token used to
 * register a seller or accept an invite has none; refreshing re-reads the identity (docs/API.md, Authentication).
 */
async function memberToken(token: string): Promise<string> {
  const { token: renewed } = await medusaFetch<{ token: string }>("/auth/token/refresh", { method: "POST", token })
  return renewed
}

const failed = (values: Record<string, string>, message: SellerFormState["message"] = "failed"): SellerFormState => ({
  status: "failed",
  message,
  values,
})

/** A rate-limited sign-in or registration, with how long to wait; null for any other failure. */
function tooMany(error: unknown, locale: Locale, values: Record<string, string>): SellerFormState | null {
  const detail = waitOf(error, locale)
  return detail ? { status: "failed", message: "tooMany", detail, values } : null
}

const invalid = (values: Record<string, string>, fieldErrors: FieldErrors): SellerFormState => ({
  status: "invalid",
  fieldErrors,
  message: "invalid",
  values,
})

const APPLY_FIELDS = ["email", "password", "name", "handle", "contact_email", "country_code", "description"] as const

/**
 * Form action on /sell: creates the login (or uses the e-mail's existing one), registers the shop (with the page's
 * language, for the e-mails the backend sends, starting with the verification link), then signs the new owner in
 * and shows the application's status. An e-mail whose login already has a shop is told to sign in; the API's field
 * errors (a taken handle) come back on their fields.
 */
export async function applyToSell(_state: SellerFormState, form: FormData): Promise<SellerFormState> {
  const locale = formLocale(form)
  const input = textFields(form, APPLY_FIELDS)
  const { password: _password, ...values } = input
  let countries: string[]
  try {
    countries = (await listShopCountries(locale)).map((country) => country.code)
  } catch (error) {
    console.error(`Seller application: the store's countries are unavailable: ${messageOf(error)}`)
    return failed(values)
  }
  const parsed = parse(applySchema(countries), input)
  if (!parsed.ok) return invalid(values, parsed.fieldErrors)
  const { email, password, contact_email, description, ...shop } = parsed.data

  let token: string
  let status: Seller["status"]
  try {
    const login = await loginToken(email, password)
    if (!login) return failed(values, "loginExists")
    const { seller } = await vendorFetch<{ seller: Seller }>("/vendor/sellers", {
      method: "POST",
      token: login,
      body: { ...shop, email: contact_email, locale, ...(description ? { description } : {}) },
    })
    token = login
    status = seller.status
  } catch (error) {
    const message = messageOf(error)
    if (statusOf(error) === 400) {
      if (/already acts for a seller/i.test(message)) return failed(values, "hasShop")
      // The API's `email` is the shop's contact address; the form's `email` is the login.
      const { email: contact, ...named } = apiFieldErrors(message)
      const fieldErrors = { ...named, ...(contact ? { contact_email: contact } : {}) }
      if (Object.keys(fieldErrors).length > 0) return invalid(values, fieldErrors)
    }
    const limited = tooMany(error, locale, values)
    if (limited) return limited
    console.error(`Seller application failed: ${message}`)
    return failed(values)
  }

  try {
    await setSellerToken(await memberToken(token))
  } catch (error) {
    // The shop exists; signing in gives a token with its member.
    console.error(`Seller application: the new owner could not be signed in: ${messageOf(error)}`)
    return failed(values, "appliedSignIn")
  }
  redirect(`/${locale}/sell/${status === "approved" ? "dashboard" : "pending"}`)
}

/** Form action: signs a seller member in and opens the workspace (which sends unapproved shops to /sell/pending). */
export async function signInSeller(_state: SellerFormState, form: FormData): Promise<SellerFormState> {
  const locale = formLocale(form)
  const input = textFields(form, ["email", "password"])
  const values = { email: input.email }
  const parsed = parse(signInSchema, input)
  if (!parsed.ok) return invalid(values, parsed.fieldErrors)
  try {
    const token = await signInToken(parsed.data.email, parsed.data.password)
    if (!token) return failed(values, "invalidCredentials")
    // A login without a shop: an application that stopped half-way, or a member who was removed.
    const member = await vendorFetch("/vendor/sellers/me", { token }).then(
      () => true,
      (error) => {
        if (statusOf(error) === 401) return false
        throw error
      }
    )
    if (!member) return failed(values, "noShop")
    await setSellerToken(token)
  } catch (error) {
    const limited = tooMany(error, locale, values)
    if (limited) return limited
    console.error(`Seller sign-in failed: ${messageOf(error)}`)
    return failed(values)
  }
  redirect(`/${locale}/sell/dashboard`)
}

/**
 * Form action: forgets the seller's token (Medusa's bearer tokens are stateless: no session to end), then shows
 * the sign-in, or the invite the visitor was about to accept with another login.
 */
export async function signOutSeller(_state: SellerFormState, form: FormData): Promise<SellerFormState> {
  const locale = formLocale(form)
  const invite = form.get("invite")
  await removeSellerToken()
  redirect(
    isInviteToken(invite) ? `/${locale}/sell/join?token=${encodeURIComponent(invite)}` : `/${locale}/sell/sign-in`
  )
}

/**
 * Form action on /sell/join: creates the login (or uses the e-mail's existing one), accepts the invite with it,
 * then signs the new member in and opens the workspace.
 */
export async function joinShop(_state: SellerFormState, form: FormData): Promise<SellerFormState> {
  const locale = formLocale(form)
  const input = textFields(form, ["email", "password", "token"])
  const values = { email: input.email }
  const parsed = parse(joinSchema, input)
  if (!parsed.ok) {
    const { token, ...fieldErrors } = parsed.fieldErrors
    return token ? failed(values, "inviteInvalid") : invalid(values, fieldErrors)
  }
  const { email, password, token: invite } = parsed.data

  let token: string
  try {
    const login = await loginToken(email, password)
    if (!login) return failed(values, "loginExists")
    await vendorFetch("/vendor/invites/accept", { method: "POST", token: login, body: { token: invite } })
    token = login
  } catch (error) {
    const message = messageOf(error)
    if (statusOf(error) === 400 && /invite is invalid/i.test(message)) return failed(values, "inviteInvalid")
    if (statusOf(error) === 400 && /already acts for a seller/i.test(message)) return failed(values, "memberOfShop")
    const limited = tooMany(error, locale, values)
    if (limited) return limited
    console.error(`Joining a shop failed: ${message}`)
    return failed(values)
  }

  try {
    await setSellerToken(await memberToken(token))
  } catch (error) {
    console.error(`Joining a shop: the new member could not be signed in: ${messageOf(error)}`)
    return failed(values, "joinedSignIn")
  }
  redirect(`/${locale}/sell/dashboard`)
}
