// The own-profile form's fields (/account/social), for the form in the browser and the checks on the server. No zod
// here: the browser needs only these.
import type { FormState } from "@/lib/forms/state"

export const PROFILE_FIELDS = ["display_name", "handle", "bio", "avatar_url"] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

export type ProfileFieldError = "required" | "invalid" | "tooLong" | "tooShort" | "taken" | "handle" | "url"
export type ProfileFieldErrors = Partial<Record<ProfileField, ProfileFieldError>>

/** The form's state; once saved, its values are what the profile now holds. */
export type ProfileFormState = FormState<never, ProfileFieldError> & {
  /** The saved profile's handle, for the link to it. */
  handle?: string
}

/** The longest value of each field: the backend's limits, and a sane one for the URL (the backend sets none). */
export const LIMITS = { display_name: 60, handle: 30, bio: 300, avatar_url: 2000 } as const
