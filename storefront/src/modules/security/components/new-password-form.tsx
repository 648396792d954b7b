"use client"

import Link from "next/link"

import { setNewPassword } from "@/lib/data/password-reset"
import type { Locale } from "@/lib/i18n/locales"
import type { SecurityMessages } from "@/lib/i18n/messages/security"
import type { Actor } from "@/lib/security/schemas"
import PasswordField from "@/modules/account/components/password-field"
import { InputField } from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"
import { useFormAction } from "@/modules/common/use-form-action"

type Props = {
  locale: Locale
  actor: Actor
  /** The reset link's token and e-mail address. */
  token: string
  email: string
  /** The page that asks for a new link, for a used or expired one. */
  requestHref: string
  t: Pick<SecurityMessages, "reset" | "errors" | "messages">
}

/**
 * The new password, typed twice, with the sign-up's rules. On success the action signs this browser out and opens the
 * sign-in; a used or expired link says so, with the way to a new one.
 */
export default function NewPasswordForm({ locale, actor, token, email, requestHref, t }: Props) {
  const { state, action, pending, form, error } = useFormAction(setNewPassword, t)
  return (
    <form ref={form} className="form account-form" action={action} noValidate aria-labelledby="reset-title">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="actor" value={actor} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers, which file the new password under this login. */}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <PasswordField
        id="new-password"
        label={t.reset.password}
        hint={t.reset.passwordHint}
        error={error("password")}
        isNew
      />
      <InputField
        id="new-password-confirm"
        name="confirm"
        label={t.reset.confirm}
        error={error("confirm")}
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
      />
      <FormStatus state={state} messages={t.messages} />
      {state.message === "linkInvalid" && (
        <p>
          <Link href={requestHref}>{t.reset.requestAgain}</Link>
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={pending} data-testid="new-password-submit">
        {pending ? t.reset.saving : t.reset.save}
      </button>
    </form>
  )
}
