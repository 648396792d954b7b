"use client"

import { updateProfile } from "@/lib/data/customer"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import { InputField } from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"

import { useAccountForm } from "../use-account-form"
import NameFields from "./name-fields"

type Props = {
  locale: Locale
  email: string
  initial: { first_name: string; last_name: string; phone: string }
  t: Pick<AccountMessages, "profile" | "errors" | "messages">
}

/** Name and phone; the e-mail is shown, not edited (it is the login). */
export default function ProfileForm({ locale, email, initial, t }: Props) {
  const { state, action, pending, form, error } = useAccountForm(updateProfile, t.errors)
  const value = (name: keyof Props["initial"]) => state.values?.[name] ?? initial[name]
  return (
    <form ref={form} className="form account-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {/* Shown, not sent: the input has no name. */}
      <InputField
        id="profile-email"
        label={t.profile.email}
        hint={t.profile.emailHint}
        type="email"
        value={email}
        readOnly
      />
      <NameFields idPrefix="profile" labels={t.profile} value={value} error={error} />
      <InputField
        id="profile-phone"
        name="phone"
        label={t.profile.phone}
        error={error("phone")}
        type="tel"
        autoComplete="tel"
        maxLength={40}
        defaultValue={value("phone")}
      />
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.profile.pending : t.profile.submit}
      </button>
    </form>
  )
}
