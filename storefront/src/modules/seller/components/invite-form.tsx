"use client"

import { inviteMember } from "@/lib/data/seller-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { formatDate } from "@/lib/seller/format"
import { ROLES } from "@/lib/seller/roles"
import FormField, { InputField } from "@/modules/common/components/form-field"
import { useFormAction } from "@/modules/common/use-form-action"

import CopyButton from "./copy-button"
import SellerForm from "./seller-form"

type Props = {
  locale: Locale
  t: Pick<SellerMessages, "invite" | "team" | "errors" | "fieldErrors" | "messages">
}

/**
 * An invite: e-mail and role in, a single-use link to /sell/join out, for the owner to send (Agora sends no invite
 * e-mail yet). The link is shown once; a new invite replaces it.
 */
export default function InviteForm({ locale, t }: Props) {
  const form = useFormAction(inviteMember, t)
  const { error, value } = form
  const { invite } = form.state
  return (
    <>
      <SellerForm form={form} locale={locale} messages={t.messages} button={t.invite}>
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
      </SellerForm>
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
