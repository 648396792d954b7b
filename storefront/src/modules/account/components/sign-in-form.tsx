"use client"

import { useActionState } from "react"

import { signIn, type AccountState } from "@/lib/data/customer"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"

import { useFocusError } from "../use-focus-error"
import FormField from "./form-field"
import FormStatus from "./form-status"

type Props = { locale: Locale; t: Pick<AccountMessages, "signIn" | "errors" | "messages"> }

const idle: AccountState = { status: "idle" }

/** E-mail and password; a wrong pair gets one message that does not say which part was wrong. */
export default function SignInForm({ locale, t }: Props) {
  const [state, action, pending] = useActionState(signIn, idle)
  const form = useFocusError(state)
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? t.errors[code] : undefined
  }
  return (
    <form ref={form} className="form account-form" action={action} noValidate aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t.signIn.title}</h2>
      <p className="account-form__intro">{t.signIn.intro}</p>
      <input type="hidden" name="locale" value={locale} />
      <FormField id="sign-in-email" name="email" label={t.signIn.email} error={error("email")}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={state.values?.email ?? ""}
          />
        )}
      </FormField>
      <FormField id="sign-in-password" name="password" label={t.signIn.password} error={error("password")}>
        {(control) => <input {...control} type="password" autoComplete="current-password" required maxLength={128} />}
      </FormField>
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.signIn.pending : t.signIn.submit}
      </button>
    </form>
  )
}
