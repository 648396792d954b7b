import { z } from "zod"

export const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "country_code",
  "phone",
] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]

/** How each field is filled in and checked, for the forms (the schema below is the rule). */
export const ADDRESS_INPUT: Record<AddressField, { autoComplete: string; maxLength: number; optional?: true }> = {
  first_name: { autoComplete: "given-name", maxLength: 100 },
  last_name: { autoComplete: "family-name", maxLength: 100 },
  company: { autoComplete: "organization", maxLength: 200, optional: true },
  address_1: { autoComplete: "address-line1", maxLength: 200 },
  address_2: { autoComplete: "address-line2", maxLength: 200, optional: true },
  postal_code: { autoComplete: "postal-code", maxLength: 20 },
  city: { autoComplete: "address-level2", maxLength: 100 },
  country_code: { autoComplete: "country", maxLength: 2 },
  phone: { autoComplete: "tel", maxLength: 40, optional: true },
}

/** A required line of text, trimmed; also the account forms' names. */
export const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong")
const optional = (max: number) => z.string().trim().max(max, "tooLong").optional().default("")
/** A phone number or nothing; also the profile's. */
export const phone = z
  .string()
  .trim()
  .max(40, "tooLong")
  .refine((value) => value === "" || /^\+?[0-9 ()/-]{5,40}$/.test(value), "invalid")

/** One postal address as the checkout form sends it; `countries` are the region's ISO codes (lowercase). */
export function addressSchema(countries: string[]) {
  return z.strictObject({
    first_name: text(100),
    last_name: text(100),
    company: optional(200),
    address_1: text(200),
    address_2: optional(200),
    postal_code: text(20).regex(/^[A-Za-z0-9 -]+$/, "invalid"),
    city: text(100),
    country_code: z
      .string()
      .trim()
      .toLowerCase()
      .refine((code) => countries.includes(code), "invalid"),
    phone: phone.optional().default(""),
  })
}

export type Address = z.infer<ReturnType<typeof addressSchema>>

/** The contact and address step: e-mail, shipping address, and a billing address unless it is the same. */
export function checkoutAddressSchema(countries: string[]) {
  const address = addressSchema(countries)
  return z
    .strictObject({
      email: z.string().trim().toLowerCase().max(254, "tooLong").pipe(z.email("invalid")),
      shipping: address,
      same_as_billing: z.boolean(),
      billing: address.optional(),
    })
    .refine((data) => data.same_as_billing || data.billing, { path: ["billing"], message: "required" })
}

export type CheckoutAddress = z.infer<ReturnType<typeof checkoutAddressSchema>>

/** Field names of the form: `shipping.city`, `billing.postal_code`, `email`. */
export type FieldErrors = Record<string, "required" | "invalid" | "tooLong">

/**
 * Reads the form (`shipping.<field>`, `billing.<field>`, `email`, `same_as_billing`) into the schema's
 * shape and validates it. Unknown form fields are ignored here (Next adds its own `$ACTION_*` keys).
 */
export function parseCheckoutAddress(
  form: FormData,
  countries: string[]
): { ok: true; data: CheckoutAddress } | { ok: false; errors: FieldErrors } {
  const read = (prefix: string) =>
    Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, String(form.get(`${prefix}.${field}`) ?? "")]))
  const same = form.get("same_as_billing") === "on"
  const result = checkoutAddressSchema(countries).safeParse({
    email: String(form.get("email") ?? ""),
    shipping: read("shipping"),
    same_as_billing: same,
    billing: same ? undefined : read("billing"),
  })
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const key = issue.path.join(".")
    const message = issue.message === "tooLong" || issue.message === "required" ? issue.message : "invalid"
    errors[key] ??= key === "billing" ? "required" : message
  }
  return { ok: false, errors }
}
