"use client"

import { inviteMember } from "@/lib/data/seller-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { formatDate } from "@/lib/seller/format"
import { ROLES } from "@/lib/seller/roles"
import FormField, { InputField } from "@/modules/common/components/form-field"

import CopyButton from "./copy-button"
import FormStatus from "./form-status"
import { useSellerForm } from "./use-seller-form"

type Props = {
  locale: Locale
  t: Pick<SellerMessages, "invite" | "team" | "errors" | "fieldErrors" | "messages">
}

/**
 * An invite: e-mail and role in, a single-use link to /sell/join out, for the owner to send (Agora sends no invite
 * e-mail yet). The link is shown once; a new invite replaces it.
 */
export default function InviteForm({ locale, t }: Props) {
  const { state, action, pending, form, error, value } = useSellerForm(inviteMember, t)
  const { invite } = state
  return (
    <>
      <form ref={form} className="form seller-form" action={action} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <InputField
          id="invite-email"
          name="email"
          label={t.invite.email}
          error={error("email")}
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={value("email")}
        />
        <FormField id="invite-role" name="role" label={t.invite.role} hint={t.invite.roleHint} error={error("role")}>
          {(control) => (
            <select {...control} defaultValue={value("role", "staff")}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t.team.roles[role]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormStatus state={state} messages={t.messages} />
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t.invite.pending : t.invite.submit}
        </button>
      </form>
      {invite && (
        <div className="seller-invite">
          <InputField
            id="invite-link"
            label={t.invite.link}
            hint={t.invite.linkHint
              .replace("{email}", invite.email)
              .replace("{date}", formatDate(invite.expires_at, locale))}
            value={invite.url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton text={invite.url} t={t.invite} />
        </div>
      )}
    </>
  )
}
