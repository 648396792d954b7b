// The contact form's fields and checks, shared by the server action and its tests.

export const formFields = ["name", "email", "message"] as const
export type FormField = (typeof formFields)[number]
export type FieldError = "required" | "invalid" | "tooLong"
export type FormValues = Record<FormField, string>

/** The honeypot field: hidden from people, filled in by bots. */
export const HONEYPOT = "website"

// The limits of the CMS's `form-submissions` collection.
const MAX: Record<FormField, number> = { name: 200, email: 254, message: 5000 }
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validateForm(values: FormValues): Partial<Record<FormField, FieldError>> {
  const errors: Partial<Record<FormField, FieldError>> = {}
  for (const field of formFields) {
    const value = values[field]
    if (!value) errors[field] = "required"
    else if (value.length > MAX[field]) errors[field] = "tooLong"
  }
  if (!errors.email && !EMAIL.test(values.email)) errors.email = "invalid"
  return errors
}

/** The fields Payload rejected, from its error body (`errors[].data.errors[].path`). */
export function payloadFieldErrors(body: unknown): Partial<Record<FormField, FieldError>> {
  const errors: Partial<Record<FormField, FieldError>> = {}
  const list = (body as { errors?: { data?: { errors?: { path?: unknown }[] } }[] } | null)?.errors ?? []
  for (const error of Array.isArray(list) ? list : []) {
    for (const { path } of error?.data?.errors ?? []) {
      if ((formFields as readonly unknown[]).includes(path)) errors[path as FormField] = "invalid"
    }
  }
  return errors
}
