"use client"

import Link from "next/link"

import { signInSeller } from "@/lib/data/seller-auth"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { InputField } from "@/modules/common/components/form-field"

import FormStatus from "./form-status"
import { useSellerForm } from "./use-seller-form"

type Props = { locale: Locale; t: Pick<SellerMessages, "signIn" | "errors" | "fieldErrors" | "messages"> }

/** E-mail and password of a seller login; a wrong pair gets one message that does not say which part was wrong. */
export default function SignInForm({ locale, t }: Props) {
  const { state, action, pending, form, error, value } = useSellerForm(signInSeller, t)
  return (
    <form ref={form} className="form seller-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <InputField
        id="seller-sign-in-email"
        name="email"
        label={t.signIn.email}
        error={error("email")}
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        defaultValue={value("email")}
      />
      <InputField
        id="seller-sign-in-password"
        name="password"
        label={t.signIn.password}
        error={error("password")}
        type="password"
        autoComplete="current-password"
        required
        maxLength={128}
      />
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.signIn.pending : t.signIn.submit}
      </button>
      <p>
        <Link href={`/${locale}/sell`}>{t.signIn.apply}</Link>
      </p>
    </form>
  )
}
