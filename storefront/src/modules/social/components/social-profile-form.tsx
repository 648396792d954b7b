"use client"

import Link from "next/link"

import { saveProfile } from "@/lib/data/social-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { SocialMessages } from "@/lib/i18n/messages/social"
import { LIMITS, type ProfileField } from "@/lib/social/profile-fields"
import FormField, { InputField } from "@/modules/common/components/form-field"
import { useFormAction } from "@/modules/common/use-form-action"

type Props = {
  locale: Locale
  /** The profile's current values; for a customer without one, the name it would get. */
  initial: Record<ProfileField, string>
  /** The profile's handle; null until the customer has a profile. */
  handle: string | null
  t: SocialMessages["account"]
}

/**
 * The customer's social profile: display name, handle, bio and avatar URL. Saving creates the profile when there is
 * none. Refused fields get their message and the focus; what was typed stays.
 */
export default function SocialProfileForm({ locale, initial, handle, t }: Props) {
  const { state, action, pending, form, error, value } = useFormAction(saveProfile, t)
  const field = (name: ProfileField) => value(name, initial[name])
  const saved = state.handle ?? handle
  const message = { idle: "", saved: t.saved, invalid: t.invalid, failed: t.failed }[state.status]
  return (
    <form ref={form} className="form account-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <InputField
        id="social-display-name"
        name="display_name"
        label={t.displayName}
        error={error("display_name")}
        autoComplete="nickname"
        maxLength={LIMITS.display_name}
        required
        defaultValue={field("display_name")}
      />
      <InputField
        id="social-handle"
        name="handle"
        label={t.handle}
        hint={saved ? t.handleHint : t.handleHintNew}
        error={error("handle")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={LIMITS.handle}
        defaultValue={field("handle")}
      />
      <FormField id="social-bio" name="bio" label={t.bio} hint={t.bioHint} error={error("bio")}>
        {(control) => <textarea {...control} rows={4} maxLength={LIMITS.bio} defaultValue={field("bio")} />}
      </FormField>
      <InputField
        id="social-avatar-url"
        name="avatar_url"
        type="url"
        label={t.avatarUrl}
        hint={t.avatarHint}
        error={error("avatar_url")}
        inputMode="url"
        maxLength={LIMITS.avatar_url}
        defaultValue={field("avatar_url")}
      />
      <p className={`form__status${state.status === "saved" ? " account-form__status--ok" : ""}`} role="status">
        {message}
      </p>
      <div className="social-form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t.pending : t.submit}
        </button>
        {saved && <Link href={`/${locale}/u/${saved}`}>{t.view}</Link>}
      </div>
    </form>
  )
}
