"use server"

import type { HttpTypes } from "@medusajs/types"
import { refresh, updateTag } from "next/cache"
import { redirect } from "next/navigation"

import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import { formLocale, type FormState } from "@/lib/forms/state"
import { claimable, decideCart, planMerge } from "@/lib/account/merge-cart"
import { ADDRESS_FIELDS } from "@/lib/checkout/address"
import {
  addressBookSchema,
  addressFlags,
  addressIdSchema,
  checkFields,
  parse,
  profileSchema,
  signInSchema,
  signUpSchema,
  textFields,
  type AddressBookEntry,
  type FieldError,
} from "@/lib/account/schemas"
import { messageOf } from "@/lib/util/errors"

import { asCustomer, type Outcome } from "./as-customer"
import { authFetch, waitOf } from "./auth-api"
import { getCartId, removeAuthToken, removeCartId, setAuthToken, setCartId } from "./cookies"
import { customerOf, medusaFetch, statusOf } from "./customer-reads"
import { listCountries } from "./regions"
import { tags } from "./tags"

export type AccountMessage = keyof AccountMessages["messages"]

/** The state of every account form (useActionState). */
export type AccountState = FormState<AccountMessage, FieldError>

// Sign-in and cart merge

const CART_ID = /^cart_[A-Za-z0-9]{1,64}$/

type OpenCart = { id: string; email: string | null; customer_id: string | null; items: HttpTypes.StoreCartLineItem[] }

/** A cart that is still open (not completed), with its lines and owner; null when it is gone. */
async function openCart(id: string, token: string): Promise<OpenCart | null> {
  try {
    // The Store API's cart fields have the owner as `customer.id` (a `customer_id` field would be dropped).
    const { cart } = await medusaFetch<{ cart: HttpTypes.StoreCart & { customer?: { id: string } | null } }>(
      `/store/carts/${id}`,
      { token, query: { fields: "id,email,completed_at,customer.id,*items" } }
    )
    if (cart.completed_at) return null
    return { id: cart.id, email: cart.email ?? null, customer_id: cart.customer?.id ?? null, items: cart.items ?? [] }
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}

/**
 * Adds the guest cart's lines to `target`. If a step fails, the steps already made are taken back, so a
 * later sign-in does not add the same lines twice; the caller then leaves the guest cart in the cookie.
 */
async function mergeCarts(guest: OpenCart, target: OpenCart, token: string): Promise<void> {
  const plan = planMerge(guest.items, target.items)
  const lines = `/store/carts/${target.id}/line-items`
  const undo: (() => Promise<unknown>)[] = []
  try {
    for (const { line_id, quantity, previous } of plan.update) {
      await medusaFetch(`${lines}/${line_id}`, { method: "POST", token, body: { quantity } })
      undo.push(() => medusaFetch(`${lines}/${line_id}`, { method: "POST", token, body: { quantity: previous } }))
    }
    for (const { variant_id, quantity } of plan.add) {
      const { cart } = await medusaFetch<HttpTypes.StoreCartResponse>(lines, {
        method: "POST",
        token,
        body: { variant_id, quantity },
      })
      // The plan only adds variants the cart did not have, so the line with this variant is the new one.
      const line = cart.items?.find((item) => item.variant_id === variant_id)
      if (line) undo.push(() => medusaFetch(`${lines}/${line.id}`, { method: "DELETE", token }))
    }
  } catch (error) {
    for (const step of undo.reverse()) {
      await step().catch((failure) => console.error(`Cart merge: undo in ${target.id} failed: ${messageOf(failure)}`))
    }
    throw error
  }
}

/**
 * After a sign-in: merges the guest cart into the customer's earlier open cart (kept in
 * `metadata.cart_id`) and switches the cookie to it, or gives the guest cart to the customer. Best
 * effort: on any failure the guest cart stays the cookie's cart and the sign-in still succeeds. Someone
 * else's cart left in the cookie is dropped from it, not taken over.
 */
async function settleCart(customer: HttpTypes.StoreCustomer, token: string): Promise<void> {
  try {
    const guestId = await getCartId()
    const remembered = customer.metadata?.cart_id
    const valid = typeof remembered === "string" && CART_ID.test(remembered)
    const earlierId = valid && remembered !== guestId ? remembered : null
    const [cookieCart, earlierCart] = await Promise.all([
      guestId ? openCart(guestId, token) : null,
      earlierId ? openCart(earlierId, token) : null,
    ])
    const guest = cookieCart && claimable(cookieCart, customer) ? cookieCart : null
    if (cookieCart && !guest) await removeCartId()
    // metadata is ours, but the cart it names must still be this customer's.
    const earlier = earlierCart?.customer_id === customer.id ? earlierCart : null
    const decision = decideCart(guest, earlier)
    if (decision.kind === "merge") {
      await mergeCarts(decision.from, decision.into, token)
      await setCartId(decision.into.id)
      updateTag(tags.cart(decision.into.id))
    } else if (decision.kind === "assign") {
      const { cart } = decision
      if (cart.customer_id !== customer.id) {
        await medusaFetch(`/store/carts/${cart.id}/customer`, { method: "POST", token, body: {} })
        updateTag(tags.cart(cart.id))
      }
      if (remembered !== cart.id) {
        await medusaFetch("/store/customers/me", {
          method: "POST",
          token,
          body: { metadata: { ...customer.metadata, cart_id: cart.id } },
        })
      }
    } else if (decision.kind === "restore") {
      await setCartId(decision.cart.id)
    }
  } catch (error) {
    console.error(`Cart of customer ${customer.id} left as it was: ${messageOf(error)}`)
  }
}

/** Why a sign-in did not happen; a rate limit's `detail` says how long to wait. */
type Refusal = { message: "invalidCredentials" | "failed" | "tooMany"; detail?: string }

/** A customer token for e-mail and password; null for a wrong e-mail or password (Medusa does not say which). */
async function customerToken(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await authFetch<{ token?: string }>("/auth/customer/emailpass", { body: { email, password } })
    if (!token) throw new Error("Medusa answered without a token (verification or MFA required?)")
    return token
  } catch (error) {
    if (statusOf(error) === 401) return null
    throw error
  }
}

/**
 * Signs in: a token, its customer, the cookie, then the carts. An identity without a customer (a sign-up
 * that stopped half-way, or a seller's login shopping for the first time) gets its customer here, in the page's
 * language. Null once signed in, else why not.
 */
async function logIn(email: string, password: string, locale: Locale): Promise<Refusal | null> {
  try {
    const first = await customerToken(email, password)
    if (!first) return { message: "invalidCredentials" }
    let token = first
    let customer = await customerOf(token).catch(async (error) => {
      if (statusOf(error) !== 401) throw error
      await medusaFetch("/store/customers", { method: "POST", token: first, body: { email, metadata: { locale } } })
      return null
    })
    if (!customer) {
      // The first token carries no customer; a new sign-in gets one that does.
      const renewed = await customerToken(email, password)
      if (!renewed) throw new Error("The password was refused right after it was accepted")
      token = renewed
      customer = await customerOf(token)
    }
    await setAuthToken(token)
    await settleCart(customer, token)
    return null
  } catch (error) {
    const wait = waitOf(error, locale)
    if (wait) return { message: "tooMany", detail: wait }
    console.error(`Sign-in failed: ${messageOf(error)}`)
    return { message: "failed" }
  }
}

/** Form action: signs in with e-mail and password, then opens the account. */
export async function signIn(_state: AccountState, form: FormData): Promise<AccountState> {
  const locale = formLocale(form)
  const input = textFields(form, ["email", "password"])
  const values = { email: input.email }
  const parsed = parse(signInSchema, input)
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, message: "invalid", values }
  const refusal = await logIn(parsed.data.email, parsed.data.password, locale)
  if (refusal) return { status: "failed", ...refusal, values }
  redirect(`/${locale}/account`)
}

/**
 * Form action: registers the e-mail and password, creates the customer (with the page's language, for the e-mails
 * the backend sends, starting with the verification link), then signs in. A taken e-mail is said so; if the customer
 * cannot be created, signing up again with the same password finishes it.
 */
export async function signUp(_state: AccountState, form: FormData): Promise<AccountState> {
  const locale = formLocale(form)
  const input = textFields(form, ["first_name", "last_name", "email", "password"])
  const { password: _password, ...values } = input
  const parsed = parse(signUpSchema, input)
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, message: "invalid", values }
  const { email, password, first_name, last_name } = parsed.data

  try {
    const { token } = await authFetch<{ token: string }>("/auth/customer/emailpass/register", {
      body: { email, password },
    })
    await medusaFetch("/store/customers", {
      method: "POST",
      token,
      body: { email, first_name, last_name, metadata: { locale } },
    })
  } catch (error) {
    // Medusa's emailpass provider: 401 "Identity with email already exists".
    if (statusOf(error) === 401 && /already exists/i.test(messageOf(error))) {
      return { status: "invalid", fieldErrors: { email: "taken" }, message: "emailTaken", values }
    }
    const wait = waitOf(error, locale)
    if (wait) return { status: "failed", message: "tooMany", detail: wait, values }
    console.error(`Sign-up failed: ${messageOf(error)}`)
    return { status: "failed", message: "failed", values }
  }

  const refusal = await logIn(email, password, locale)
  if (refusal) return { status: "failed", message: "signInAfterSignUp", values }
  redirect(`/${locale}/account`)
}

/** Form action: forgets the token and the cart (the next visitor on this device starts clean). */
export async function signOut(_state: AccountState, form: FormData): Promise<AccountState> {
  const locale = formLocale(form)
  // Medusa's bearer tokens are stateless: there is no server session to end.
  await removeAuthToken()
  await removeCartId()
  redirect(`/${locale}/account`)
}

/** An expired session goes to the sign-in page; a success re-renders the page with the new data. */
function settle(
  outcome: Outcome,
  locale: Locale,
  values: Record<string, string>,
  success: AccountMessage
): AccountState {
  if (outcome === "expired") redirect(`/${locale}/account?expired=1`)
  if (outcome === "failed") return { status: "failed", message: "failed", values }
  refresh()
  return { status: "saved", message: success }
}

/**
 * Form action: first and last name and phone (the e-mail is the login and stays). The page's language becomes the
 * customer's `metadata.locale`, the language of their e-mails; the rest of the metadata (the remembered cart) stays.
 */
export async function updateProfile(_state: AccountState, form: FormData): Promise<AccountState> {
  const locale = formLocale(form)
  const values = textFields(form, ["first_name", "last_name", "phone"])
  const parsed = parse(profileSchema, values)
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, message: "invalid", values }
  const { phone, ...names } = parsed.data
  const outcome = await asCustomer("Account", "updating the profile", (token) =>
    // Medusa merges the metadata sent into the stored one.
    medusaFetch("/store/customers/me", {
      method: "POST",
      token,
      body: { ...names, phone: phone || null, metadata: { locale } },
    })
  )
  return settle(outcome, locale, values, "saved")
}

type AddressInput = { values: Record<string, string> } & (
  | { ok: true; address: AddressBookEntry }
  | { ok: false; state: AccountState }
)

/** The address fields of a form, checked against the region's countries. */
async function readAddress(form: FormData, locale: Locale): Promise<AddressInput> {
  const text = textFields(form, ADDRESS_FIELDS)
  const flags = checkFields(form, addressFlags)
  const values = { ...text, ...Object.fromEntries(addressFlags.map((flag) => [flag, flags[flag] ? "on" : ""])) }
  let countries: string[]
  try {
    countries = (await listCountries(locale)).map((country) => country.code)
  } catch (error) {
    console.error(`Account: the region's countries are unavailable: ${messageOf(error)}`)
    return { values, ok: false, state: { status: "failed", message: "failed", values } }
  }
  const parsed = parse(addressBookSchema(countries), { ...text, ...flags })
  if (!parsed.ok) {
    const state: AccountState = { status: "invalid", fieldErrors: parsed.fieldErrors, message: "invalid", values }
    return { values, ok: false, state }
  }
  return { values, ok: true, address: parsed.data }
}

// Empty optional fields are sent as null, so an edit can clear them.
const toMedusa = ({ company, address_2, phone, ...rest }: AddressBookEntry) => ({
  ...rest,
  company: company || null,
  address_2: address_2 || null,
  phone: phone || null,
})

/** Form action: adds an address to the address book. */
export async function addAddress(_state: AccountState, form: FormData): Promise<AccountState> {
  const locale = formLocale(form)
  const input = await readAddress(form, locale)
  if (!input.ok) return input.state
  const outcome = await asCustomer("Account", "adding an address", (token) =>
    medusaFetch("/store/customers/me/addresses", { method: "POST", token, body: toMedusa(input.address) })
  )
  return settle(outcome, locale, input.values, "saved")
}

/** Form action: changes one of the customer's addresses (another customer's is "not found" to Medusa). */
export async function updateAddress(_state: AccountState, form: FormData): Promise<AccountState> {
  const locale = formLocale(form)
  const id = parse(addressIdSchema, textFields(form, ["address_id"]))
  if (!id.ok) return { status: "failed", message: "failed" }
  const input = await readAddress(form, locale)
  if (!input.ok) return input.state
  const path = `/store/customers/me/addresses/${id.data.address_id}`
  const outcome = await asCustomer("Account", "updating an address", (token) =>
    medusaFetch(path, { method: "POST", token, body: toMedusa(input.address) })
  )
  return settle(outcome, locale, input.values, "saved")
}

/** Form action: removes one of the customer's addresses. */
export async function deleteAddress(_state: AccountState, form: FormData): Promise<AccountState> {
  const locale = formLocale(form)
  const id = parse(addressIdSchema, textFields(form, ["address_id"]))
  if (!id.ok) return { status: "failed", message: "failed" }
  const outcome = await asCustomer("Account", "deleting an address", (token) =>
    medusaFetch(`/store/customers/me/addresses/${id.data.address_id}`, { method: "DELETE", token })
  )
  return settle(outcome, locale, {}, "deleted")
}
