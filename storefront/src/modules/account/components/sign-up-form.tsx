"use client"

import { signUp } from "@/lib/data/customer"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import { EmailField } from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"

import { useAccountForm } from "../use-account-form"
import NameFields from "./name-fields"
import PasswordField from "./password-field"

type Props = { locale: Locale; t: Pick<AccountMessages, "signUp" | "errors" | "messages"> }

/** Name, e-mail and a new password; signs the visitor in once the account exists. */
export default function SignUpForm({ locale, t }: Props) {
  const { state, action, pending, form, error } = useAccountForm(signUp, t.errors)
  const value = (name: string) => state.values?.[name] ?? ""
  return (
    <form ref={form} className="form account-form" action={action} noValidate aria-labelledby="sign-up-title">
      <h2 id="sign-up-title">{t.signUp.title}</h2>
      <p className="account-form__intro">{t.signUp.intro}</p>
      <input type="hidden" name="locale" value={locale} />
      <NameFields idPrefix="sign-up" labels={t.signUp} value={value} error={error} />
      <EmailField id="sign-up-email" label={t.signUp.email} error={error("email")} defaultValue={value("email")} />
      <PasswordField
        id="sign-up-password"
        label={t.signUp.password}
        hint={t.signUp.passwordHint}
        error={error("password")}
        isNew
      />
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.signUp.pending : t.signUp.submit}
      </button>
    </form>
  )
}
