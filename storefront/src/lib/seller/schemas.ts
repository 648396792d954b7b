// The seller forms' fields and checks, shared by the server actions and their tests. The rules follow the Vendor
// API's (docs/API.md), so a form the API would refuse is caught here, with the field named.
import { z } from "zod"

import { HANDLE, HANDLE_MAX, HANDLE_MIN } from "./handle"
import { ROLES } from "./roles"

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const MEMBER_ID = /^selmem_[A-Za-z0-9]{1,64}$/
// Invite tokens are 32 random bytes in base64url; the API takes 20–200 characters.
const INVITE_TOKEN = /^[A-Za-z0-9_-]{20,200}$/

const email = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("invalid"))
// Passwords are taken as typed: a space at either end stays part of it.
const password = z.string().min(1, "required").max(128, "tooLong")
const newPassword = password.min(8, "tooShort")
const required = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong")
const optional = (max: number) => z.string().trim().max(max, "tooLong")
const orNull = (value: string) => value || null

const handle = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .min(HANDLE_MIN, "tooShort")
  .max(HANDLE_MAX, "tooLong")
  .regex(HANDLE, "invalid")

const country = (countries: readonly string[]) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "required")
    .refine((code) => countries.includes(code), "invalid")

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}

/**
 * Whether an IBAN's check digits are right (ISO 13616 mod 97). The API checks the format only; a typo would
 * make every payout fail, so the form catches it.
 */
export function ibanChecksumValid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4)
  let rest = 0
  for (const char of moved) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55)
    for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97
  }
  return rest === 1
}

/** The application on /sell: the login (e-mail, new password) and the shop. */
export function applySchema(countries: readonly string[]) {
  return z.strictObject({
    email,
    password: newPassword,
    name: required(120),
    handle,
    contact_email: email,
    country_code: country(countries),
    description: optional(2000),
  })
}

export const signInSchema = z.strictObject({ email, password })

/** Joining a shop from an invite link: a new login, or an existing one, and the invite's token. */
export const joinSchema = z.strictObject({
  email,
  password: newPassword,
  token: z.string().regex(INVITE_TOKEN, "invalid"),
})

export function isInviteToken(value: unknown): value is string {
  return typeof value === "string" && INVITE_TOKEN.test(value)
}

/** The shop's public profile, as `POST /vendor/sellers/me` takes it: empty optional fields clear them. */
export function profileSchema(countries: readonly string[]) {
  return z
    .strictObject({
      name: required(120),
      description: optional(2000),
      logo_url: optional(2000).refine((value) => value === "" || isHttpUrl(value), "invalid"),
      email,
      country_code: country(countries),
    })
    .transform(({ description, logo_url, ...rest }) => ({
      ...rest,
      description: orNull(description),
      logo_url: orNull(logo_url),
    }))
}

/** Where the shop's money goes (owners only). The chosen method's fields are required; the others may stay. */
export const payoutSchema = z
  .strictObject({
    payout_method: z.enum(["", "iban", "vivawallet"], "invalid"),
    payout_account_holder: optional(120),
    payout_iban: z
      .string()
      .transform((value) => value.replace(/\s+/g, "").toUpperCase())
      .refine((value) => value === "" || (IBAN.test(value) && ibanChecksumValid(value)), "invalid"),
    payout_vivawallet_merchant_id: z
      .string()
      .trim()
      .toLowerCase()
      .refine((value) => value === "" || UUID.test(value), "invalid"),
  })
  .superRefine((input, context) => {
    const need = (field: keyof typeof input) =>
      !input[field] && context.addIssue({ code: "custom", path: [field], message: "required" })
    if (input.payout_method === "iban") {
      need("payout_account_holder")
      need("payout_iban")
    }
    if (input.payout_method === "vivawallet") need("payout_vivawallet_merchant_id")
  })
  .transform((input) => ({
    payout_method: input.payout_method || null,
    payout_account_holder: orNull(input.payout_account_holder),
    payout_iban: orNull(input.payout_iban),
    payout_vivawallet_merchant_id: orNull(input.payout_vivawallet_merchant_id),
  }))

export const inviteSchema = z.strictObject({ email, role: z.enum(ROLES, "invalid") })

export const memberIdSchema = z.strictObject({ member_id: z.string().regex(MEMBER_ID, "invalid") })

export type Application = z.output<ReturnType<typeof applySchema>>
export type ProfileUpdate = z.output<ReturnType<typeof profileSchema>>
export type PayoutUpdate = z.output<typeof payoutSchema>
