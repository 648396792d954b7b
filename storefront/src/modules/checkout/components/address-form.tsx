"use client"

import { useActionState, useState } from "react"

import type { Country } from "@/lib/data/regions"
import { saveAddresses, type AddressState } from "@/lib/data/checkout"
import type { CheckoutMessages } from "@/lib/i18n/messages/checkout"
import type { Locale } from "@/lib/i18n/locales"
import AddressFields from "@/modules/common/components/address-fields"
import { EmailField } from "@/modules/common/components/form-field"

export type SavedAddress = { id: string; label: string; values: Record<string, string> }

type Props = {
  locale: Locale
  countries: Country[]
  /** The cart's saved values, as form field names (`email`, `shipping.city`, ...). */
  initial: Record<string, string>
  /** A signed-in customer's address book, as shipping form values; the first is preselected when `initial` has none. */
  saved: SavedAddress[]
  sameAsBilling: boolean
  t: CheckoutMessages
}

const initialState: AddressState = { status: "idle" }

/** Step 1: e-mail, shipping address and, unless it is the same, the billing address. Works without JavaScript. */
export default function AddressForm({ locale, countries, initial, saved, sameAsBilling, t }: Props) {
  const [state, action, pending] = useActionState(saveAddresses, initialState)
  const [same, setSame] = useState(sameAsBilling)
  const [choice, setChoice] = useState(initial["shipping.address_1"] ? "" : (saved[0]?.id ?? ""))
  const chosen = saved.find((address) => address.id === choice)
  const values = state.values ?? (chosen ? { ...initial, ...chosen.values } : initial)

  const error = (name: string) => {
    const code = state.errors?.[name]
    return code ? t.errors[code] : undefined
  }

  const address = (prefix: "shipping" | "billing", legend: string) => (
    // Remounted with the chosen saved address's values as the inputs' defaults.
    <fieldset className="checkout__fieldset" key={`${prefix}-${choice}`}>
      <legend>{legend}</legend>
      {prefix === "shipping" && saved.length > 0 && (
        <div className="form__field">
          <label htmlFor="checkout-saved-address">{t.savedAddress}</label>
          <select id="checkout-saved-address" value={choice} onChange={(event) => setChoice(event.target.value)}>
            {saved.map((address) => (
              <option key={address.id} value={address.id}>
                {address.label}
              </option>
            ))}
            <option value="">{t.newAddress}</option>
          </select>
        </div>
      )}
      <AddressFields
        idPrefix={`checkout-${prefix}`}
        section={prefix}
        countries={countries}
        labels={t.fields}
        chooseCountry={t.fields.country_code}
        value={(name) => values[name] ?? ""}
        error={error}
      />
    </fieldset>
  )

  return (
    <form className="form checkout__form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="checkout__fieldset">
        <legend>{t.contact}</legend>
        <EmailField id="checkout-email" label={t.email} error={error("email")} defaultValue={values.email ?? ""} />
      </fieldset>
      {address("shipping", t.shippingAddress)}
      <div className="form__check">
        <input
          id="checkout-same-as-billing"
          type="checkbox"
          name="same_as_billing"
          checked={same}
          onChange={(event) => setSame(event.target.checked)}
        />
        <label htmlFor="checkout-same-as-billing">{t.sameAsBilling}</label>
      </div>
      {!same && address("billing", t.billingAddress)}
      <p className="form__status" role="status">
        {state.status === "invalid" ? t.invalid : state.status === "failed" ? t.saveFailed : ""}
      </p>
      <button type="submit" className="button button--primary" disabled={pending}>
        {t.continueToDelivery}
      </button>
    </form>
  )
}
