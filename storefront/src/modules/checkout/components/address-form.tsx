"use client"

import { useActionState, useState } from "react"

import { ADDRESS_FIELDS, ADDRESS_INPUT } from "@/lib/checkout/address"
import type { Country } from "@/lib/data/regions"
import { saveAddresses, type AddressState } from "@/lib/data/checkout"
import type { CheckoutMessages } from "@/lib/i18n/messages/checkout"
import type { Locale } from "@/lib/i18n/locales"

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

  type InputProps = { type?: string; autoComplete: string; maxLength: number; required: boolean }
  const input = (name: string, label: string, props: InputProps) => {
    const error = state.errors?.[name]
    const id = `checkout-${name.replace(".", "-")}`
    return (
      <div className="form__field" key={name}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={name}
          type={props.type ?? "text"}
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          required={props.required}
          defaultValue={values[name] ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="form__error">
            {t.errors[error]}
          </p>
        )}
      </div>
    )
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
      {ADDRESS_FIELDS.map((field) => {
        const name = `${prefix}.${field}`
        if (field !== "country_code") {
          const type = field === "phone" ? "tel" : "text"
          const { autoComplete, maxLength, optional } = ADDRESS_INPUT[field]
          return input(name, t.fields[field], { type, autoComplete: `${prefix} ${autoComplete}`, maxLength, required: !optional })
        }
        const error = state.errors?.[name]
        const id = `checkout-${prefix}-country_code`
        return (
          <div className="form__field" key={name}>
            <label htmlFor={id}>{t.fields.country_code}</label>
            <select
              id={id}
              name={name}
              required
              autoComplete={`${prefix} country`}
              defaultValue={values[name] ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            >
              <option value="" disabled>
                {t.fields.country_code}
              </option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
            {error && (
              <p id={`${id}-error`} className="form__error">
                {t.errors[error]}
              </p>
            )}
          </div>
        )
      })}
    </fieldset>
  )

  return (
    <form className="form checkout__form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="checkout__fieldset">
        <legend>{t.contact}</legend>
        {input("email", t.email, { type: "email", autoComplete: "email", maxLength: 254, required: true })}
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
