"use client"

import { useActionState } from "react"

import { resendSellerVerification, resendVerification } from "@/lib/data/verification"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { SecurityMessages } from "@/lib/i18n/messages/security"
import type { SecurityState } from "@/lib/security/form-state"
import FormStatus from "@/modules/common/components/form-status"

type Props = {
  locale: Locale
  /** Whose link: the signed-in customer's, or the signed-in seller owner's. */
  audience: "customer" | "seller"
  t: Pick<SecurityMessages, "resend" | "messages">
}

/** "Send the link again": a new verification e-mail; sent, too many requests and failures are announced beside it. */
export default function ResendButton({ locale, audience, t }: Props) {
  const [state, action, pending] = useActionState<SecurityState, FormData>(
    audience === "seller" ? resendSellerVerification : resendVerification,
    idle
  )
  return (
    <form action={action} className="resend-form">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button--small" disabled={pending} data-testid="resend-verification">
        {pending ? t.resend.pending : t.resend.submit}
      </button>
      <FormStatus state={state} messages={t.messages} />
    </form>
  )
}
