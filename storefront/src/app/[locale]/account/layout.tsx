import type { Metadata } from "next"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"

import { retrieveCustomer } from "@/lib/data/customer-reads"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import AccountNav from "@/modules/account/components/account-nav"
import SignOutButton from "@/modules/account/components/sign-out-button"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Private pages: never indexed (each page repeats it with its own title).
export const metadata: Metadata = { robots: { index: false, follow: false } }

/** The account's frame: for a signed-in customer, the section navigation and sign-out beside the page. */
export default async function AccountLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const customer = await retrieveCustomer()
  if (!customer) return <div className="account account--guest">{children}</div>
  const t = getDictionary(locale).account
  return (
    <div className="account">
      <aside className="account__aside">
        <AccountNav locale={locale} t={t.nav} />
        <SignOutButton locale={locale} t={{ signOut: t.nav.signOut, signingOut: t.nav.signingOut }} />
      </aside>
      <div className="account__main">{children}</div>
    </div>
  )
}
