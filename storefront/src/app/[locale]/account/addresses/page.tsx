import { notFound } from "next/navigation"

import { requireCustomer } from "@/lib/data/customer-reads"
import { listCountries } from "@/lib/data/regions"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import AddressBook from "@/modules/account/components/address-book"
import { accountMetadata } from "@/modules/account/metadata"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return accountMetadata(params, (t) => t.addresses.title)
}

export default async function AddressesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const customer = await requireCustomer(locale)
  const t = getDictionary(locale).account
  const countries = await listCountries(locale)
  return (
    <>
      <h1>{t.addresses.title}</h1>
      <AddressBook locale={locale} addresses={customer.addresses ?? []} countries={countries} t={t} />
    </>
  )
}
