import Link from "next/link"

import { retrieveCustomer } from "@/lib/data/customer-reads"
import { getDictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

/** The header's account link: the customer's first name when signed in, else "Account". Never breaks the header. */
export default async function AccountLink({ locale }: { locale: Locale }) {
  const label = getDictionary(locale).account.link
  let name: string | null = null
  try {
    name = (await retrieveCustomer())?.first_name || null
  } catch (error) {
    console.error(`Customer unavailable for the header: ${(error as Error).message}`)
  }
  return (
    <Link href={`/${locale}/account`} className="account-link">
      {name ? (
        <>
          <span className="visually-hidden">{label}: </span>
          {name}
        </>
      ) : (
        label
      )}
    </Link>
  )
}
