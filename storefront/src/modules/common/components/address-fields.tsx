import { ADDRESS_FIELDS, ADDRESS_INPUT } from "@/lib/checkout/address"
import type { Country } from "@/lib/data/regions"
import type { AddressFieldMessages } from "@/lib/i18n/messages/address"

import FormField, { InputField } from "./form-field"

type Props = {
  /** Starts each control's id: `<idPrefix>-city`. */
  idPrefix: string
  /** One of the checkout's two addresses: the names become `shipping.city` and autofill keeps them apart. */
  section?: "shipping" | "billing"
  /** The store region's countries. */
  countries: Country[]
  labels: AddressFieldMessages
  /** The country list's first entry, which cannot be chosen. */
  chooseCountry: string
  /** What a field shows, by its name (`city`, or `shipping.city` in a section). */
  value: (name: string) => string
  /** The translated error of a field, by its name. */
  error: (name: string) => string | undefined
}

/** A postal address's inputs, for the checkout and the address book alike. */
export default function AddressFields({ idPrefix, section, countries, labels, chooseCountry, value, error }: Props) {
  const autofill = (token: string) => (section ? `${section} ${token}` : token)
  return (
    <>
      {ADDRESS_FIELDS.map((field) => {
        const name = section ? `${section}.${field}` : field
        const id = `${idPrefix}-${field}`
        if (field === "country_code") {
          return (
            <FormField key={field} id={id} name={name} label={labels.country_code} error={error(name)}>
              {(control) => (
                // Medusa's country codes are lowercase, as are the options' values.
                <select
                  {...control}
                  required
                  autoComplete={autofill("country")}
                  defaultValue={value(name).toLowerCase()}
                >
                  <option value="" disabled>
                    {chooseCountry}
                  </option>
                  {countries.map((country) => (
                    <option key={country.code} value={country.code}>
                      {country.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )
        }
        const { autoComplete, maxLength, optional } = ADDRESS_INPUT[field]
        return (
          <InputField
            key={field}
            id={id}
            name={name}
            label={labels[field]}
            error={error(name)}
            type={field === "phone" ? "tel" : "text"}
            autoComplete={autofill(autoComplete)}
            required={!optional}
            maxLength={maxLength}
            defaultValue={value(name)}
          />
        )
      })}
    </>
  )
}
