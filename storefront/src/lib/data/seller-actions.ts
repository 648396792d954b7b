"use server"

import { refresh, updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { getConfig } from "@/lib/config"
import { parse, textFields } from "@/lib/account/schemas"
import { formLocale } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import { apiFieldErrors } from "@/lib/seller/api-errors"
import type { SellerFormState, SellerMessage } from "@/lib/seller/form-state"
import { inviteSchema, memberIdSchema, payoutSchema, profileSchema } from "@/lib/seller/schemas"
import { messageOf } from "@/lib/util/errors"

import { removeSellerToken } from "./cookies"
import { statusOf } from "./customer-reads"
import { listShopCountries } from "./seller-reads"
import { tags } from "./tags"
import { retrieveSeller, vendorFetch, type Seller } from "./vendor"

type Attempt<T> = { ok: true; result: T } | { ok: false; state: SellerFormState }

/**
 * A Vendor API write as the signed-in member. A token that no longer works (expired, or the member was removed)
 * goes to the sign-in; refusals come back as the form's state: 403s (not an owner, a shop that may not write),
 * the messages `known` recognises, and 400s naming fields on those fields.
 */
async function attempt<T>(
  locale: Locale,
  what: string,
  values: Record<string, string>,
  call: () => Promise<T>,
  known: (message: string) => SellerMessage | undefined = () => undefined
): Promise<Attempt<T>> {
  try {
    return { ok: true, result: await call() }
  } catch (error) {
    const status = statusOf(error)
    const message = messageOf(error)
    if (status === 401) {
      await removeSellerToken()
      redirect(`/${locale}/sell/sign-in`)
    }
    const recognised = known(message)
    if (recognised) return { ok: false, state: { status: "failed", message: recognised, values } }
    if (status === 403) {
      return {
        ok: false,
        state: { status: "failed", message: /owner/i.test(message) ? "ownerOnly" : "notAllowed", values },
      }
    }
    const fieldErrors = status === 400 ? apiFieldErrors(message) : {}
    if (Object.keys(fieldErrors).length > 0) {
      return { ok: false, state: { status: "invalid", fieldErrors, message: "invalid", values } }
    }
    console.error(`Seller workspace: ${what} failed: ${message}`)
    return { ok: false, state: { status: "failed", message: "failed", values } }
  }
}

const PROFILE_FIELDS = ["name", "description", "logo_url", "email", "country_code"] as const

/** Form action: the shop's public profile. The shop's public page shows the change at once. */
export async function updateShopProfile(_state: SellerFormState, form: FormData): Promise<SellerFormState> {
  const locale = formLocale(form)
  const values = textFields(form, PROFILE_FIELDS)
  let countries: string[]
  try {
    const current = (await retrieveSeller())?.seller.country_code
    countries = (await listShopCountries(locale, current)).map((country) => country.code)
  } catch (error) {
    console.error(`Seller profile: the store's countries are unavailable: ${messageOf(error)}`)
    return { status: "failed", message: "failed", values }
  }
  const parsed = parse(profileSchema(countries), values)
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, message: "invalid", values }
  const outcome = await attempt(locale, "updating the profile", values, () =>
    vendorFetch<{ seller: Seller }>("/vendor/sellers/me", { method: "POST", body: parsed.data })
  )
  if (!outcome.ok) return outcome.state
  updateTag(tags.seller(outcome.result.seller.handle))
  refresh()
  return { status: "saved", message: "saved" }
}

const PAYOUT_FIELDS = [
  "payout_method",
  "payout_account_holder",
  "payout_iban",
  "payout_vivawallet_merchant_id",
] as const

/** Form action: where the shop's payouts go (owners only; the API refuses staff with 403). */
export async function updatePayoutDetails(_state: SellerFormState, form: FormData): Promise<SellerFormState> {
  const locale = formLocale(form)
  const values = textFields(form, PAYOUT_FIELDS)
  const parsed = parse(payoutSchema, values)
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, message: "invalid", values }
  const outcome = await attempt(locale, "updating the payout details", values, () =>
    vendorFetch("/vendor/sellers/me", { method: "POST", body: parsed.data })
  )
  if (!outcome.ok) return outcome.state
  refresh()
  return { status: "saved", message: "saved" }
}

type Invite = { token: string; email: string; expires_at: string }

/**
 * Form action: an invite for a new member, as a link to /sell/join for the owner to pass on (Agora sends no
 * invite e-mail yet). The token is shown this once: the backend keeps only its hash.
 */
export async function inviteMember(_state: SellerFormState, form: FormData): Promise<SellerFormState> {
  const locale = formLocale(form)
  const values = textFields(form, ["email", "role"])
  const parsed = parse(inviteSchema, values)
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, message: "invalid", values }
  const outcome = await attempt(locale, "inviting a member", values, () =>
    vendorFetch<{ invite: Invite }>("/vendor/invites", { method: "POST", body: parsed.data })
  )
  if (!outcome.ok) return outcome.state
  const { token, email, expires_at } = outcome.result.invite
  const url = `${getConfig().storefrontUrl}/${locale}/sell/join?token=${encodeURIComponent(token)}`
  return { status: "saved", message: "inviteCreated", invite: { url, email, expires_at } }
}

/**
 * Form action: removes a member (owners only). The last owner stays; a member already gone counts as removed.
 * An owner who removes itself is signed out: its token stops working at once.
 */
export async function removeMember(_state: SellerFormState, form: FormData): Promise<SellerFormState> {
  const locale = formLocale(form)
  const parsed = parse(memberIdSchema, textFields(form, ["member_id"]))
  if (!parsed.ok) return { status: "failed", message: "failed" }
  const id = parsed.data.member_id
  const self = (await retrieveSeller().catch(() => null))?.member.id === id
  const outcome = await attempt(
    locale,
    "removing a member",
    {},
    () =>
      vendorFetch(`/vendor/members/${id}`, { method: "DELETE" }).catch((error) => {
        if (statusOf(error) !== 404) throw error
      }),
    (message) => (/last owner/i.test(message) ? "lastOwner" : undefined)
  )
  if (!outcome.ok) return outcome.state
  if (self) {
    await removeSellerToken()
    redirect(`/${locale}/sell/sign-in`)
  }
  refresh()
  return { status: "saved", message: "removed" }
}
