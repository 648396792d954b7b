"use client"

import Link from "next/link"

import { signIn } from "@/lib/data/customer"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import { EmailField } from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"

import { useAccountForm } from "../use-account-form"
import PasswordField from "./password-field"

type Props = { locale: Locale; t: Pick<AccountMessages, "signIn" | "errors" | "messages"> }

/** E-mail and password; a wrong pair gets one message that does not say which part was wrong. */
export default function SignInForm({ locale, t }: Props) {
  const { state, action, pending, form, error } = useAccountForm(signIn, t.errors)
  return (
    <form ref={form} className="form account-form" action={action} noValidate aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t.signIn.title}</h2>
      <p className="account-form__intro">{t.signIn.intro}</p>
      <input type="hidden" name="locale" value={locale} />
      <EmailField
        id="sign-in-email"
        label={t.signIn.email}
        error={error("email")}
        defaultValue={state.values?.email ?? ""}
      />
      <PasswordField id="sign-in-password" label={t.signIn.password} error={error("password")} />
      <p className="account-form__forgot">
        <Link href={`/${locale}/account/reset-password`} data-testid="forgot-password">
          {t.signIn.forgot}
        </Link>
      </p>
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.signIn.pending : t.signIn.submit}
      </button>
    </form>
  )
}
