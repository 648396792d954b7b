"use client"

import { useActionState } from "react"

import { updateProfile, type AccountState } from "@/lib/data/customer"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"

import { useFocusError } from "../use-focus-error"
import FormField from "./form-field"
import FormStatus from "./form-status"

type Props = {
  locale: Locale
  email: string
  initial: { first_name: string; last_name: string; phone: string }
  t: Pick<AccountMessages, "profile" | "errors" | "messages">
}

const idle: AccountState = { status: "idle" }

/** Name and phone; the e-mail is shown, not edited (it is the login). */
export default function ProfileForm({ locale, email, initial, t }: Props) {
  const [state, action, pending] = useActionState(updateProfile, idle)
  const form = useFocusError(state)
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? t.errors[code] : undefined
  }
  const value = (name: keyof Props["initial"]) => state.values?.[name] ?? initial[name]
  return (
    <form ref={form} className="form account-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {/* Shown, not sent: the input has no name. */}
      <div className="form__field">
        <label htmlFor="profile-email">{t.profile.email}</label>
        <p id="profile-email-hint" className="account-form__hint">
          {t.profile.emailHint}
        </p>
        <input id="profile-email" type="email" value={email} readOnly aria-describedby="profile-email-hint" />
      </div>
      <div className="account-form__row">
        <FormField id="profile-first-name" name="first_name" label={t.profile.firstName} error={error("first_name")}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="given-name"
              required
              maxLength={100}
              defaultValue={value("first_name")}
            />
          )}
        </FormField>
        <FormField id="profile-last-name" name="last_name" label={t.profile.lastName} error={error("last_name")}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="family-name"
              required
              maxLength={100}
              defaultValue={value("last_name")}
            />
          )}
        </FormField>
      </div>
      <FormField id="profile-phone" name="phone" label={t.profile.phone} error={error("phone")}>
        {(control) => <input {...control} type="tel" autoComplete="tel" maxLength={40} defaultValue={value("phone")} />}
      </FormField>
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.profile.pending : t.profile.submit}
      </button>
    </form>
  )
}
