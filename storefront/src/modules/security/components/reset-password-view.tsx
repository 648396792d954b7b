import Link from "next/link"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import { isResetToken } from "@/lib/security/schemas"

import NewPasswordForm from "./new-password-form"
import ResetRequestForm from "./reset-request-form"

type Actor = "customer" | "seller"

const where = {
  customer: { page: "/account/reset-password", signIn: "/account", frame: "reset-page", notice: "account__notice" },
  seller: { page: "/sell/reset-password", signIn: "/sell/sign-in", frame: "seller-narrow reset-page", notice: "seller-notice" },
} as const

/**
 * A password reset for a customer or a seller login: without a link, the form that mails one; from the link
 * (`?token=&email=`), the new password. A broken link says so above the form that mails a new one.
 */
export default function ResetPasswordView({ locale, actor, token, email }: { locale: Locale; actor: Actor; token: unknown; email: unknown }) {
  const t = getDictionary(locale).security
  const forms = { reset: t.reset, errors: t.errors, messages: t.messages }
  const paths = where[actor]

  if (isResetToken(token) && typeof email === "string" && email) {
    return (
      <div className={paths.frame}>
        <h1 id="reset-title">{t.reset.newTitle}</h1>
        <p>{fill(t.reset.newIntro, { email })}</p>
        <NewPasswordForm locale={locale} actor={actor} token={token} email={email} requestHref={`/${locale}${paths.page}`} t={forms} />
      </div>
    )
  }

  return (
    <div className={paths.frame}>
      <h1 id="reset-title">{t.reset.title}</h1>
      {token !== undefined && <p className={paths.notice}>{t.messages.linkInvalid}</p>}
      <p>{actor === "seller" ? t.reset.sellerIntro : t.reset.intro}</p>
      <ResetRequestForm
        locale={locale}
        actor={actor}
        t={forms}
        footer={
          <p>
            <Link href={`/${locale}${paths.signIn}`}>{t.reset.backToSignIn}</Link>
          </p>
        }
      />
    </div>
  )
}
