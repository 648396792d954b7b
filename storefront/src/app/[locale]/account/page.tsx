import Link from "next/link"
import { notFound } from "next/navigation"

import { retrieveCustomer } from "@/lib/data/customer-reads"
import { listOrders } from "@/lib/data/orders"
import { listCountries } from "@/lib/data/regions"
import { customerVerification } from "@/lib/data/verification-reads"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { countryNamer } from "@/lib/account/address-lines"
import AddressBlock from "@/modules/account/components/address-block"
import OrderList from "@/modules/account/components/order-list"
import SignInForm from "@/modules/account/components/sign-in-form"
import SignUpForm from "@/modules/account/components/sign-up-form"
import { accountMetadata } from "@/modules/account/metadata"
import VerifyNotice from "@/modules/security/components/verify-notice"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return accountMetadata(params, (t) => t.title)
}

/**
 * A guest signs in or up here (told when a session ended or the password was just changed); a customer sees the
 * overview: greeting, the reminder to verify the e-mail address while it is not, default address, latest orders.
 */
export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale).account
  const customer = await retrieveCustomer()

  if (!customer) {
    const { expired, reset } = await searchParams
    const forms = { errors: t.errors, messages: t.messages }
    return (
      <>
        <h1>{t.title}</h1>
        {expired === "1" && (
          <p className="account__notice" role="status">
            {t.messages.sessionExpired}
          </p>
        )}
        {reset === "1" && (
          <p className="account__notice" role="status" data-testid="password-changed">
            {getDictionary(locale).security.reset.changed}
          </p>
        )}
        <div className="account__auth">
          <SignInForm locale={locale} t={{ signIn: t.signIn, ...forms }} />
          <SignUpForm locale={locale} t={{ signUp: t.signUp, ...forms }} />
        </div>
        <p>
          <Link href={`/${locale}/order/lookup`}>{getDictionary(locale).checkout.lookup.title}</Link>
        </p>
      </>
    )
  }

  const addresses = customer.addresses ?? []
  const address = addresses.find((candidate) => candidate.is_default_shipping) ?? addresses[0]
  const [{ orders, count }, countries, verification] = await Promise.all([
    listOrders({ limit: 3, offset: 0 }),
    address ? listCountries(locale) : Promise.resolve([]),
    customerVerification(),
  ])
  const countryName = countryNamer(countries)

  return (
    <>
      <h1>{customer.first_name ? fill(t.overview.greeting, { name: customer.first_name }) : t.title}</h1>
      <p className="account__muted">{fill(t.overview.signedInAs, { email: customer.email })}</p>
      {verification && !verification.verified && (
        <VerifyNotice
          locale={locale}
          email={verification.email}
          hint={getDictionary(locale).security.notice.account}
        />
      )}

      <section className="account__section" aria-labelledby="overview-orders">
        <h2 id="overview-orders">{t.overview.recentOrders}</h2>
        {orders.length > 0 ? (
          <OrderList orders={orders} locale={locale} t={t.orders} headingLevel={3} />
        ) : (
          <p className="account__muted">{t.orders.empty}</p>
        )}
        {count > orders.length && <Link href={`/${locale}/account/orders`}>{t.overview.allOrders}</Link>}
      </section>

      <section className="account__section" aria-labelledby="overview-address">
        <h2 id="overview-address">{t.overview.defaultAddress}</h2>
        {address ? (
          <AddressBlock address={address} countryName={countryName} />
        ) : (
          <p className="account__muted">{t.overview.noAddress}</p>
        )}
        <p className="account__links">
          <Link href={`/${locale}/account/addresses`}>{t.overview.manageAddresses}</Link>
          <Link href={`/${locale}/account/profile`}>{t.overview.editProfile}</Link>
        </p>
      </section>
    </>
  )
}
