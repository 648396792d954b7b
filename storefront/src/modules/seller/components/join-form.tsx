"use client"

import { joinShop } from "@/lib/data/seller-auth"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { useFormAction } from "@/modules/common/use-form-action"

import LoginFields from "./login-fields"
import SellerForm from "./seller-form"

type Props = {
  locale: Locale
  /** The invite's token from the link. */
  token: string
  t: Pick<SellerMessages, "join" | "errors" | "fieldErrors" | "messages">
}

/** A new login, or an existing seller login without a shop, that accepts the invite. */
export default function JoinForm({ locale, token, t }: Props) {
  const form = useFormAction(joinShop, t)
  return (
    <SellerForm form={form} locale={locale} messages={t.messages} button={t.join}>
      <input type="hidden" name="token" value={token} />
      <LoginFields idPrefix="join" labels={t.join} isNew error={form.error} email={form.value("email")} />
    </SellerForm>
  )
}
