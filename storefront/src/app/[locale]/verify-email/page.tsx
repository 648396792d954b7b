import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { retrieveCustomer } from "@/lib/data/customer-reads"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { isVerificationCode } from "@/lib/security/schemas"
import ConfirmEmailForm from "@/modules/security/components/confirm-email-form"
import ResendButton from "@/modules/security/components/resend-button"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: getDictionary(locale).security.verify.title } : {}),
    robots: { index: false, follow: false },
  }
}

/**
 * A customer's verification link (`?code=`) lands here. The code is confirmed by a button, not on opening, so a mail
 * client's link scanner cannot use it up. A used or expired link leads to a new one: the resend button for a signed-in
 * customer, else the sign-in first.
 */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { code } = await searchParams
  const t = getDictionary(locale).security
  const customer = await retrieveCustomer().catch(() => null)

  const retry = customer ? (
    <ResendButton locale={locale} audience="customer" t={{ resend: t.resend, messages: t.messages }} />
  ) : (
    <p>
      <Link href={`/${locale}/account`}>{t.verify.signIn}</Link>
    </p>
  )

  return (
    <div className="verify-page">
      <h1>{t.verify.title}</h1>
      {isVerificationCode(code) ? (
        <>
          <p>{t.verify.intro}</p>
          <ConfirmEmailForm
            locale={locale}
            code={code}
            t={{ verify: t.verify, messages: t.messages }}
            success={
              <p className="verify-page__links">
                <Link href={`/${locale}/account`}>{t.verify.toAccount}</Link>
                <Link href={`/${locale}/feed`}>{t.verify.toFeed}</Link>
              </p>
            }
            retry={retry}
          />
        </>
      ) : (
        <>
          <p className="account__notice">{t.verify.incomplete}</p>
          {retry}
        </>
      )}
    </div>
  )
}
