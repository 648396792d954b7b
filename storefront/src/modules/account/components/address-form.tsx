"use client"

import { useActionState } from "react"

import { addAddress, updateAddress, type AccountState } from "@/lib/data/customer"
import type { Country } from "@/lib/data/regions"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import { ADDRESS_INPUT, type AddressField } from "@/lib/checkout/address"

import { useFocusError } from "../use-focus-error"
import FormField from "./form-field"
import FormStatus from "./form-status"

type Field = AddressField
type Flag = "is_default_shipping" | "is_default_billing"

export type AddressValues = Record<Field, string> & Record<Flag, boolean>

type Props = {
  locale: Locale
  countries: Country[]
  /** The address being edited; none for a new one. */
  address?: { id: string } & AddressValues
  t: Pick<AccountMessages, "addresses" | "errors" | "messages">
}

const idle: AccountState = { status: "idle" }

/** Adds an address, or edits `address`. The countries are the store region's. */
export default function AddressForm({ locale, countries, address, t }: Props) {
  const [state, action, pending] = useActionState(address ? updateAddress : addAddress, idle)
  const form = useFocusError(state)
  const prefix = address ? `address-${address.id}` : "address-new"
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? t.errors[code] : undefined
  }
  const value = (name: Field) => state.values?.[name] ?? address?.[name] ?? ""
  const checked = (name: Flag) => (state.values ? state.values[name] === "on" : (address?.[name] ?? false))

  return (
    <form ref={form} className="form account-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {address && <input type="hidden" name="address_id" value={address.id} />}
      <div className="account-form__grid">
        {(Object.keys(t.addresses.fields) as Field[]).map((name) => (
          <FormField
            key={name}
            id={`${prefix}-${name}`}
            name={name}
            label={t.addresses.fields[name]}
            error={error(name)}
          >
            {(control) =>
              name === "country_code" ? (
                <select {...control} required autoComplete="country" defaultValue={value(name).toLowerCase()}>
                  <option value="" disabled>
                    {t.addresses.chooseCountry}
                  </option>
                  {countries.map((country) => (
                    <option key={country.code} value={country.code}>
                      {country.name}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...control}
                  type={name === "phone" ? "tel" : "text"}
                  autoComplete={ADDRESS_INPUT[name].autoComplete}
                  required={!ADDRESS_INPUT[name].optional}
                  maxLength={ADDRESS_INPUT[name].maxLength}
                  defaultValue={value(name)}
                />
              )
            }
          </FormField>
        ))}
      </div>
      {(["is_default_shipping", "is_default_billing"] as const).map((name) => (
        <div className="form__check" key={name}>
          <input id={`${prefix}-${name}`} type="checkbox" name={name} defaultChecked={checked(name)} />
          <label htmlFor={`${prefix}-${name}`}>
            {name === "is_default_shipping" ? t.addresses.defaultShipping : t.addresses.defaultBilling}
          </label>
        </div>
      ))}
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.addresses.pending : t.addresses.save}
      </button>
    </form>
  )
}
