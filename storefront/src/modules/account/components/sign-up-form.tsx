"use client"

import { useActionState } from "react"

import { signUp, type AccountState } from "@/lib/data/customer"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"

import { useFocusError } from "../use-focus-error"
import FormField from "./form-field"
import FormStatus from "./form-status"

type Props = { locale: Locale; t: Pick<AccountMessages, "signUp" | "errors" | "messages"> }

const idle: AccountState = { status: "idle" }

/** Name, e-mail and a new password; signs the visitor in once the account exists. */
export default function SignUpForm({ locale, t }: Props) {
  const [state, action, pending] = useActionState(signUp, idle)
  const form = useFocusError(state)
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? t.errors[code] : undefined
  }
  const value = (name: string) => state.values?.[name] ?? ""
  return (
    <form ref={form} className="form account-form" action={action} noValidate aria-labelledby="sign-up-title">
      <h2 id="sign-up-title">{t.signUp.title}</h2>
      <p className="account-form__intro">{t.signUp.intro}</p>
      <input type="hidden" name="locale" value={locale} />
      <div className="account-form__row">
        <FormField id="sign-up-first-name" name="first_name" label={t.signUp.firstName} error={error("first_name")}>
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
        <FormField id="sign-up-last-name" name="last_name" label={t.signUp.lastName} error={error("last_name")}>
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
      <FormField id="sign-up-email" name="email" label={t.signUp.email} error={error("email")}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={value("email")}
          />
        )}
      </FormField>
      <FormField
        id="sign-up-password"
        name="password"
        label={t.signUp.password}
        hint={t.signUp.passwordHint}
        error={error("password")}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
          />
        )}
      </FormField>
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.signUp.pending : t.signUp.submit}
      </button>
    </form>
  )
}
