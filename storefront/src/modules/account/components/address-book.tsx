import type { HttpTypes } from "@medusajs/types"

import type { Country } from "@/lib/data/regions"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"

import { countryNamer } from "@/lib/account/address-lines"
import AddressBlock from "./address-block"
import AddressForm, { type AddressValues } from "./address-form"
import DeleteAddressButton from "./delete-address-button"

type Props = { locale: Locale; addresses: HttpTypes.StoreCustomerAddress[]; countries: Country[]; t: AccountMessages }

function valuesOf(address: HttpTypes.StoreCustomerAddress): { id: string } & AddressValues {
  const text = (value: string | null | undefined) => value ?? ""
  return {
    id: address.id,
    first_name: text(address.first_name),
    last_name: text(address.last_name),
    company: text(address.company),
    address_1: text(address.address_1),
    address_2: text(address.address_2),
    postal_code: text(address.postal_code),
    city: text(address.city),
    country_code: text(address.country_code),
    phone: text(address.phone),
    is_default_shipping: Boolean(address.is_default_shipping),
    is_default_billing: Boolean(address.is_default_billing),
  }
}

/** The saved addresses, each with an edit form (in a disclosure) and a delete button, then a form to add one. */
export default function AddressBook({ locale, addresses, countries, t }: Props) {
  const countryName = countryNamer(countries)
  const formT = { addresses: t.addresses, errors: t.errors, messages: t.messages }
  return (
    <div className="address-book">
      {addresses.length === 0 ? (
        <p className="account__muted">{t.addresses.empty}</p>
      ) : (
        <ul className="address-book__list">
          {addresses.map((address) => {
            // Names the address in the controls' labels: "Eva Schmidt, Kastanienallee 12, Berlin".
            const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
            const summary = [name, address.address_1, address.city].filter(Boolean).join(", ")
            return (
              <li key={address.id} className="address-card">
                <AddressBlock address={address} countryName={countryName} />
                {(address.is_default_shipping || address.is_default_billing) && (
                  <ul className="address-card__badges">
                    {address.is_default_shipping && <li>{t.addresses.defaultShipping}</li>}
                    {address.is_default_billing && <li>{t.addresses.defaultBilling}</li>}
                  </ul>
                )}
                <div className="address-card__actions">
                  <details className="address-card__edit">
                    <summary className="button button--small">
                      {t.addresses.edit}
                      <span className="visually-hidden">: {summary}</span>
                    </summary>
                    <AddressForm locale={locale} countries={countries} address={valuesOf(address)} t={formT} />
                  </details>
                  <DeleteAddressButton
                    locale={locale}
                    addressId={address.id}
                    label={fill(t.addresses.deleteLabel, { address: summary })}
                    t={{ delete: t.addresses.delete, deleting: t.addresses.deleting, failed: t.messages.failed }}
                  />
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <section className="address-book__new" aria-labelledby="address-new-title">
        <h2 id="address-new-title">{t.addresses.add}</h2>
        {countries.length > 0 ? (
          <AddressForm locale={locale} countries={countries} t={formT} />
        ) : (
          <p className="account__muted">{t.addresses.unavailable}</p>
        )}
      </section>
    </div>
  )
}
