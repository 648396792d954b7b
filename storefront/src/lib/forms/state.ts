// The state a form's server action answers with (useActionState), shared by the account's, the seller's and the
// workspace's forms and their actions.
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales"

/** A form's state. Failures come back as state, never as thrown errors. */
export type FormState<Message extends string = never, Code extends string = string> = {
  status: "idle" | "saved" | "invalid" | "failed"
  /** Errors by form field name (`email`, `variants.0.price_eur`), as codes the form puts in words. */
  fieldErrors?: Partial<Record<string, Code>>
  /** What the form's status says. */
  message?: Message
  /** Words said after the message, e.g. how long a rate limit asks to wait ("Try again in 2 minutes."). */
  detail?: string
  /** What the visitor typed (never a password), so the fields keep it when the form comes back. */
  values?: Record<string, string>
}

/** Every form's state before its first submission. */
export const idle = { status: "idle" } as const

/** The locale a form was sent from (its hidden `locale` field); the default for anything else. */
export function formLocale(form: FormData): Locale {
  const locale = form.get("locale")
  return typeof locale === "string" && isLocale(locale) ? locale : defaultLocale
}
