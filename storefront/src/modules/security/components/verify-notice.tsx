import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"

import ResendButton from "./resend-button"

type Props = {
  locale: Locale
  /** The address the link went to. */
  email: string | null
  /** What the verification opens up here (posting, commenting, the shop's review). */
  hint: string
  audience?: "customer" | "seller"
}

/** "Please verify your e-mail address …", what for, and the button that sends the link again. */
export default function VerifyNotice({ locale, email, hint, audience = "customer" }: Props) {
  const t = getDictionary(locale).security
  return (
    <div className="verify-notice" data-testid="verify-notice">
      <p className="verify-notice__title">{email ? fill(t.notice.title, { email }) : t.notice.titleNoEmail}</p>
      <p>{hint}</p>
      <ResendButton locale={locale} audience={audience} t={{ resend: t.resend, messages: t.messages }} />
    </div>
  )
}
