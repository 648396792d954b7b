import type { FieldErrors } from "@/lib/account/schemas"
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"

export type SellerMessage = keyof SellerMessages["messages"]

/** The state of every seller form (useActionState). Failures come back as state, never as thrown errors. */
export type SellerFormState = {
  status: "idle" | "saved" | "invalid" | "failed"
  fieldErrors?: FieldErrors
  message?: SellerMessage
  /** What the visitor typed (never a password), so the fields keep it when the form comes back. */
  values?: Record<string, string>
  /** A new invite's link, for the owner to pass on (Agora sends no invite e-mail yet). */
  invite?: { url: string; email: string; expires_at: string }
}

export const idle: SellerFormState = { status: "idle" }

/** The locale a form was sent from (its hidden `locale` field); the default for anything else. */
export function localeOf(form: FormData): Locale {
  const locale = form.get("locale")
  return typeof locale === "string" && isLocale(locale) ? locale : defaultLocale
}
