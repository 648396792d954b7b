import type { Country } from "@/lib/data/regions"
import FormField from "@/modules/common/components/form-field"

type Props = {
  id: string
  label: string
  chooseCountry: string
  countries: Country[]
  /** The chosen country's code (lowercase), or "" for none yet. */
  value: string
  error?: string
}

/** Where the shop is based: one of the store's countries, sent as `country_code`. */
export default function CountryField({ id, label, chooseCountry, countries, value, error }: Props) {
  return (
    <FormField id={id} name="country_code" label={label} error={error}>
      {(control) => (
        <select {...control} required defaultValue={value}>
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
