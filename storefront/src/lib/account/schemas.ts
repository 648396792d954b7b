// The account forms' fields and checks, shared by the server actions and their tests.
import { z } from "zod"

import { addressSchema, phone, text } from "@/lib/checkout/address"
import { parseFields } from "@/lib/forms/parse"

export type FieldError = "required" | "invalid" | "tooLong" | "tooShort" | "taken"
/** Errors by form field name (`email`, `postal_code`, ...). */
export type FieldErrors = Partial<Record<string, FieldError>>

const name = text(100)
const email = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("invalid"))
// Passwords are taken as typed: no trimming, so a space at either end stays part of it.
const password = z.string().min(1, "required").max(128, "tooLong")

export const signInSchema = z.strictObject({ email, password })

export const signUpSchema = z.strictObject({
  first_name: name,
  last_name: name,
  email,
  password: password.min(8, "tooShort"),
})

export const profileSchema = z.strictObject({ first_name: name, last_name: name, phone })

/** An address book entry: the checkout's address (same rules, same fields) plus the default flags. */
export function addressBookSchema(countries: string[]) {
  return addressSchema(countries).extend({ is_default_shipping: z.boolean(), is_default_billing: z.boolean() })
}

/** The address an edit or delete is about: one of Medusa's customer address ids. */
export const addressIdSchema = z.strictObject({ address_id: z.string().regex(/^caddr_[A-Za-z0-9]{1,64}$/, "invalid") })

export type SignIn = z.infer<typeof signInSchema>
export type SignUp = z.infer<typeof signUpSchema>
export type Profile = z.infer<typeof profileSchema>
export type AddressBookEntry = z.infer<ReturnType<typeof addressBookSchema>>

export const addressFlags = ["is_default_shipping", "is_default_billing"] as const

const KNOWN = ["required", "tooLong", "tooShort"] as const

/** Validates `input`; failures come back as one error per field, named by the field's path. */
export const parse = <S extends z.ZodType>(schema: S, input: unknown) => parseFields(schema, input, KNOWN)

/** The named text fields of a submitted form; Next's own `$ACTION_*` keys and anything else are left out. */
export function textFields<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(
    names.map((key) => {
      const value = form.get(key)
      return [key, typeof value === "string" ? value : ""]
    })
  ) as Record<K, string>
}

/** Checkbox fields: present ("on") or not. */
export function checkFields<K extends string>(form: FormData, names: readonly K[]): Record<K, boolean> {
  return Object.fromEntries(names.map((key) => [key, form.get(key) === "on"])) as Record<K, boolean>
}
