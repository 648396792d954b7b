import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { retrieveSeller } from "@/lib/data/vendor"
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
 * A seller's verification link (`?code=`) lands here: confirmed by a button, as the customer's. Once verified, the
 * way on is the application (the review starts now) or, for an approved shop, the workspace. A used or expired link
 * leads to a new one: the resend button for a signed-in owner, else the sign-in first.
 */
export default async function SellerVerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { code } = await searchParams
  const t = getDictionary(locale).security
  const signedIn = await retrieveSeller().catch(() => null)

  const retry =
    signedIn?.member.role === "owner" ? (
      <ResendButton locale={locale} audience="seller" t={{ resend: t.resend, messages: t.messages }} />
    ) : (
      <p>
        <Link href={`/${locale}/sell/sign-in`}>{t.verify.signIn}</Link>
      </p>
    )

  return (
    <div className="seller-narrow verify-page">
      <h1>{t.verify.title}</h1>
      {isVerificationCode(code) ? (
        <>
          <p>{t.verify.sellerIntro}</p>
          <ConfirmEmailForm
            locale={locale}
            code={code}
            t={{ verify: t.verify, messages: t.messages }}
            success={
              <p className="verify-page__links">
                {signedIn?.seller.status === "approved" ? (
                  <Link href={`/${locale}/sell/dashboard`}>{t.verify.toWorkspace}</Link>
                ) : (
                  <Link href={`/${locale}/sell/pending`}>{t.verify.toApplication}</Link>
                )}
              </p>
            }
            retry={retry}
          />
        </>
      ) : (
        <>
          <p className="seller-notice">{t.verify.incomplete}</p>
          {retry}
        </>
      )}
    </div>
  )
}
