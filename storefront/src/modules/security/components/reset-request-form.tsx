"use client"

import type { ReactNode } from "react"

import { requestPasswordReset } from "@/lib/data/password-reset"
import type { Locale } from "@/lib/i18n/locales"
import type { SecurityMessages } from "@/lib/i18n/messages/security"
import type { Actor } from "@/lib/security/schemas"
import { EmailField } from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"
import { useFormAction } from "@/modules/common/use-form-action"

type Props = {
  locale: Locale
  actor: Actor
  t: Pick<SecurityMessages, "reset" | "errors" | "messages">
  /** What follows the button: the way back to the sign-in. */
  footer: ReactNode
}

/** Asks for a reset link; the answer never says whether the address has an account. */
export default function ResetRequestForm({ locale, actor, t, footer }: Props) {
  const { state, action, pending, form, error, value } = useFormAction(requestPasswordReset, t)
  return (
    <form ref={form} className="form account-form" action={action} noValidate aria-labelledby="reset-title">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="actor" value={actor} />
      <EmailField id="reset-email" label={t.reset.email} error={error("email")} defaultValue={value("email")} />
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending} data-testid="reset-request-submit">
        {pending ? t.reset.pending : t.reset.submit}
      </button>
      {footer}
    </form>
  )
}
