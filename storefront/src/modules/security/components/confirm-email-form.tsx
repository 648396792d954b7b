"use client"

import { useActionState, useEffect, useRef, type ReactNode } from "react"

import { confirmEmail } from "@/lib/data/verification"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { SecurityMessages } from "@/lib/i18n/messages/security"
import type { SecurityState } from "@/lib/security/form-state"

type Props = {
  locale: Locale
  /** The link's code. */
  code: string
  t: Pick<SecurityMessages, "verify" | "messages">
  /** Where to go once verified. */
  success: ReactNode
  /** How to get a new link when this one is used, unknown or expired. */
  retry: ReactNode
}

/**
 * The verify-email page's button: the code is confirmed only when the visitor presses it, so a mail client's link
 * scanner opening the page does not use it up. A used or expired link gives the way to a new one; a failure or a rate
 * limit leaves the button to try again. When the button goes, the focus moves to the outcome.
 */
export default function ConfirmEmailForm({ locale, code, t, success, retry }: Props) {
  const [state, action, pending] = useActionState<SecurityState, FormData>(confirmEmail, idle)
  const status = useRef<HTMLParagraphElement>(null)
  const done = state.status === "saved" || state.message === "codeInvalid" || state.message === "codeExpired"

  useEffect(() => {
    if (done) status.current?.focus()
  }, [done, state])

  return (
    <div className="verify-email">
      {!done && (
        <form action={action}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="code" value={code} />
          <button
            type="submit"
            className="button button--primary"
            disabled={pending}
            data-testid="verify-email-confirm"
          >
            {pending ? t.verify.pending : t.verify.submit}
          </button>
        </form>
      )}
      <p
        ref={status}
        tabIndex={-1}
        className={`form__status verify-email__status${state.status === "saved" ? " form__status--ok" : ""}`}
        role="status"
        data-testid="verify-email-status"
      >
        {state.message ? t.messages[state.message] : ""}
        {state.detail ? ` ${state.detail}` : ""}
      </p>
      {state.status === "saved" ? success : done ? retry : null}
    </div>
  )
}
