"use client"

import Link from "next/link"

import { signInSeller } from "@/lib/data/seller-auth"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { useFormAction } from "@/modules/common/use-form-action"

import LoginFields from "./login-fields"
import SellerForm from "./seller-form"

type Props = { locale: Locale; t: Pick<SellerMessages, "signIn" | "errors" | "fieldErrors" | "messages"> }

/** E-mail and password of a seller login; a wrong pair gets one message that does not say which part was wrong. */
export default function SignInForm({ locale, t }: Props) {
  const form = useFormAction(signInSeller, t)
  return (
    <SellerForm
      form={form}
      locale={locale}
      messages={t.messages}
      button={t.signIn}
      footer={
        <>
          <p>
            <Link href={`/${locale}/sell/reset-password`} data-testid="forgot-password">
              {t.signIn.forgot}
            </Link>
          </p>
          <p>
            <Link href={`/${locale}/sell`}>{t.signIn.apply}</Link>
          </p>
        </>
      }
    >
      <LoginFields idPrefix="seller-sign-in" labels={t.signIn} error={form.error} email={form.value("email")} />
    </SellerForm>
  )
}
