"use client"

import { joinShop } from "@/lib/data/seller-auth"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { InputField } from "@/modules/common/components/form-field"

import FormStatus from "./form-status"
import { useSellerForm } from "./use-seller-form"

type Props = {
  locale: Locale
  /** The invite's token from the link. */
  token: string
  t: Pick<SellerMessages, "join" | "errors" | "fieldErrors" | "messages">
}

/** A new login, or an existing seller login without a shop, that accepts the invite. */
export default function JoinForm({ locale, token, t }: Props) {
  const { state, action, pending, form, error, value } = useSellerForm(joinShop, t)
  return (
    <form ref={form} className="form seller-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <InputField
        id="join-email"
        name="email"
        label={t.join.email}
        error={error("email")}
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        defaultValue={value("email")}
      />
      <InputField
        id="join-password"
        name="password"
        label={t.join.password}
        hint={t.join.passwordHint}
        error={error("password")}
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
      />
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.join.pending : t.join.submit}
      </button>
    </form>
  )
}
