// The own-profile form's checks, as strict as POST /store/profiles/me's, and the backend's refusals turned into
// errors on the fields they name.
import { z } from "zod"

import {
  LIMITS,
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileFieldError,
  type ProfileFieldErrors,
} from "./profile-fields"

const HANDLE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/

// A textarea sends line breaks as CRLF; the backend counts characters, so they are counted as one, as typed.
const lines = (value: string) => value.replace(/\r\n?/g, "\n")
const orNull = (value: string) => value || null

const profileFormSchema = z.strictObject({
  display_name: z.string().trim().min(1, "required").max(LIMITS.display_name, "tooLong"),
  // Empty: the backend keeps the handle, or makes one from the customer's name for a new profile.
  handle: z
    .string()
    .trim()
    .max(LIMITS.handle, "tooLong")
    .refine((value) => value === "" || value.length >= 3, "tooShort")
    .refine((value) => value === "" || HANDLE.test(value), "handle")
    .transform((value) => value || undefined),
  bio: z.string().transform(lines).pipe(z.string().trim().max(LIMITS.bio, "tooLong")).transform(orNull),
  avatar_url: z.string().trim().max(LIMITS.avatar_url, "tooLong").transform(orNull).pipe(z.httpUrl("url").nullable()),
})

type ProfileInput = z.output<typeof profileFormSchema>

const CODES: readonly string[] = ["required", "tooLong", "tooShort", "handle", "url"]

/** Validates the form; failures come back as one error per field. */
export function parseProfileForm(
  values: Record<ProfileField, string>
): { ok: true; data: ProfileInput } | { ok: false; fieldErrors: ProfileFieldErrors } {
  const result = profileFormSchema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const fieldErrors: ProfileFieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    if (!isProfileField(field)) continue
    fieldErrors[field] ??= CODES.includes(issue.message) ? (issue.message as ProfileFieldError) : "invalid"
  }
  return { ok: false, fieldErrors }
}

function isProfileField(value: unknown): value is ProfileField {
  return typeof value === "string" && (PROFILE_FIELDS as readonly string[]).includes(value)
}

/**
 * The fields a 400 from POST /store/profiles/me names (docs/API.md: up to three problems, joined by "; "), e.g.
 * `handle: "maria" is already taken` or `Invalid request: Value for field 'bio' too big, expected at most: '300'`.
 * Null when it names none of the form's fields: the form then says that saving failed.
 */
export function apiFieldErrors(message: string): ProfileFieldErrors | null {
  const fieldErrors: ProfileFieldErrors = {}
  for (const part of message.replace(/^Invalid request:\s*/, "").split("; ")) {
    if (/^handle: ".*" is already taken$/.test(part)) {
      fieldErrors.handle ??= "taken"
      continue
    }
    const field = part.match(/^(\w+):/)?.[1] ?? part.match(/field '(\w+)'/i)?.[1]
    if (isProfileField(field)) fieldErrors[field] ??= /too big|too long/i.test(part) ? "tooLong" : "invalid"
  }
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : null
}
