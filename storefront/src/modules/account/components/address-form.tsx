"use client"

import type { AddressField } from "@/lib/checkout/address"
import { addAddress, updateAddress } from "@/lib/data/customer"
import type { Country } from "@/lib/data/regions"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"
import AddressFields from "@/modules/common/components/address-fields"
import FormStatus from "@/modules/common/components/form-status"

import { useAccountForm } from "../use-account-form"

type Flag = "is_default_shipping" | "is_default_billing"

export type AddressValues = Record<AddressField, string> & Record<Flag, boolean>

type Props = {
  locale: Locale
  countries: Country[]
  /** The address being edited; none for a new one. */
  address?: { id: string } & AddressValues
  t: Pick<AccountMessages, "addresses" | "errors" | "messages">
}

/** Adds an address, or edits `address`. The countries are the store region's. */
export default function AddressForm({ locale, countries, address, t }: Props) {
  const { state, action, pending, form, error } = useAccountForm(address ? updateAddress : addAddress, t.errors)
  const prefix = address ? `address-${address.id}` : "address-new"
  const value = (name: string) => state.values?.[name] ?? address?.[name as AddressField] ?? ""
  const checked = (name: Flag) => (state.values ? state.values[name] === "on" : (address?.[name] ?? false))

  return (
    <form ref={form} className="form account-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {address && <input type="hidden" name="address_id" value={address.id} />}
      <div className="account-form__grid">
        <AddressFields
          idPrefix={prefix}
          countries={countries}
          labels={t.addresses.fields}
          chooseCountry={t.addresses.chooseCountry}
          value={value}
          error={error}
        />
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
