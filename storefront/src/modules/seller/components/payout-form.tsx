"use client"

import { updatePayoutDetails } from "@/lib/data/seller-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import { InputField } from "@/modules/common/components/form-field"
import { useFormAction } from "@/modules/common/use-form-action"

import SellerForm from "./seller-form"

export type PayoutDetails = {
  payout_method: "" | "iban" | "vivawallet"
  payout_account_holder: string
  payout_iban: string
  payout_vivawallet_merchant_id: string
}

type Props = {
  locale: Locale
  initial: PayoutDetails
  t: Pick<SellerMessages, "payout" | "errors" | "fieldErrors" | "messages">
}

const methods = ["", "iban", "vivawallet"] as const

/**
 * Where payouts go (owners only). Every field stays visible, so the form works without JavaScript; the chosen
 * method's fields are required, the server says which is missing.
 */
export default function PayoutForm({ locale, initial, t }: Props) {
  const form = useFormAction(updatePayoutDetails, t)
  const { error } = form
  const field = (name: keyof PayoutDetails) => form.value(name, initial[name])
  return (
    <SellerForm form={form} locale={locale} messages={t.messages} button={t.payout}>
      <fieldset className="workspace-form__group seller-form__choice">
        <legend>{t.payout.method}</legend>
        {methods.map((method) => (
          <div key={method} className="form__radio">
            <input
              id={`payout-method-${method || "none"}`}
              type="radio"
              name="payout_method"
              value={method}
              defaultChecked={field("payout_method") === method}
            />
            <label htmlFor={`payout-method-${method || "none"}`}>{t.payout.methods[method || "none"]}</label>
          </div>
        ))}
      </fieldset>
      <InputField
        id="payout-holder"
        name="payout_account_holder"
        label={t.payout.holder}
        error={error("payout_account_holder")}
        autoComplete="name"
        maxLength={120}
        defaultValue={field("payout_account_holder")}
      />
      <InputField
        id="payout-iban"
        name="payout_iban"
        label={t.payout.iban}
        hint={t.payout.ibanHint}
        error={error("payout_iban")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={42}
        defaultValue={field("payout_iban")}
      />
      <InputField
        id="payout-viva"
        name="payout_vivawallet_merchant_id"
        label={t.payout.viva}
        hint={t.payout.vivaHint}
        error={error("payout_vivawallet_merchant_id")}
        autoComplete="off"
        spellCheck={false}
        maxLength={36}
        defaultValue={field("payout_vivawallet_merchant_id")}
      />
    </SellerForm>
  )
}
