// The workspace forms' state and error codes, shared by the server actions, the forms and their tests.
import type { z } from "zod"

import { parseFields } from "@/lib/forms/parse"
import type { FormState } from "@/lib/forms/state"

export type FieldError =
  | "required"
  | "invalid"
  | "tooLong"
  | "price"
  | "tooHigh"
  | "wholeNumber"
  | "repeated"
  | "tooMany"
  | "url"
  | "quantityTooHigh"
  | "taken"
/** Errors by form field name (`title`, `variants.0.price_eur`, `quantity.ordli_…`). */
export type FieldErrors = Partial<Record<string, FieldError>>

export type WorkspaceMessage =
  | "invalid"
  | "failed"
  | "refused"
  | "notAllowed"
  | "notFound"
  | "uploading"
  | "imagesFailed"
  | "saved"
  | "unchanged"
  | "savedReview"
  | "nothingToFulfil"
  | "fulfilled"
  | "shipped"
  | "delivered"

/** The state of every workspace form (useActionState). */
export type WorkspaceState = FormState<WorkspaceMessage, FieldError> & {
  /** The backend's own words when it refused the request (a 400), shown after the translated message. */
  detail?: string
}

const CODES = [
  "required",
  "tooLong",
  "price",
  "tooHigh",
  "wholeNumber",
  "repeated",
  "tooMany",
  "url",
  "quantityTooHigh",
  "taken",
] as const satisfies readonly FieldError[]

/** Validates `input`; failures come back as one error per field, named by the field's path. */
export const parseForm = <S extends z.ZodType>(schema: S, input: unknown) => parseFields(schema, input, CODES)

/** A form's text fields by name; anything that is not text (a file, a missing field) reads as "". */
export function formText(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

/** Everything typed in a form, to give back when it fails; Next's own `$ACTION_*` fields and files left out. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value
  }
  return values
}

/** The backend's refusals that belong to one field of the form, by their message (docs/API.md, Conventions). */
const FIELD_MESSAGES: [RegExp, string, FieldError][] = [
  [/^variants: titles must be unique/, "option_values", "repeated"],
  // Medusa derives the handle from the title; another product with the same title has it already.
  [/^Product with handle: .*already exists/, "title", "taken"],
  [/^tracking_url: /, "tracking_url", "url"],
]

/**
 * The state after the Vendor API refused a call: 400 (validation), 409 and 422 (Medusa's conflicts and
 * duplicates) show the backend's reason (without its "Invalid request: " prefix) and mark the field it names; 403 means the shop may not make changes (not approved, or suspended);
 * 404 that the product, order or fulfilment is gone (or is another seller's). Everything else is a failure.
 */
export function refusal(status: number | undefined, message: string, values?: Record<string, string>): WorkspaceState {
  if (status === 400 || status === 409 || status === 422) {
    const detail = message.replace(/^Invalid request: /, "")
    const fieldErrors: FieldErrors = {}
    for (const [pattern, field, code] of FIELD_MESSAGES) if (pattern.test(detail)) fieldErrors[field] = code
    return { status: "failed", message: "refused", detail, fieldErrors, values }
  }
  if (status === 403) return { status: "failed", message: "notAllowed", values }
  if (status === 404) return { status: "failed", message: "notFound", values }
  return { status: "failed", message: "failed", values }
}
