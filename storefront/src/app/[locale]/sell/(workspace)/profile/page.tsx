import Link from "next/link"
import { notFound } from "next/navigation"

import { listShopCountries } from "@/lib/data/seller-reads"
import { requireSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { sellerMetadata } from "@/lib/seller/metadata"
import PayoutForm from "@/modules/seller/components/payout-form"
import PayoutSummary from "@/modules/seller/components/payout-summary"
import ProfileForm from "@/modules/seller/components/profile-form"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.profile.title)
}

/** The shop's public profile for every member; the payout details for owners to edit and staff to read. */
export default async function ProfilePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { seller, member } = await requireSeller(locale)
  const t = getDictionary(locale).seller
  const countries = await listShopCountries(locale, seller.country_code)
  const forms = { errors: t.errors, fieldErrors: t.fieldErrors, messages: t.messages }

  return (
    <>
      <h1>{t.profile.title}</h1>
      <p>
        <Link href={`/${locale}/u/${seller.handle}`}>{t.profile.public}</Link>
      </p>
      <ProfileForm
        locale={locale}
        handle={seller.handle}
        countries={countries}
        initial={{
          name: seller.name,
          description: seller.description ?? "",
          logo_url: seller.logo_url ?? "",
          email: seller.email,
          country_code: seller.country_code,
        }}
        t={{ profile: t.profile, ...forms }}
      />

      <section className="seller-section" aria-labelledby="profile-payout">
        <h2 id="profile-payout">{t.payout.title}</h2>
        <p className="seller-muted">{t.payout.intro}</p>
        {member.role === "owner" ? (
          <PayoutForm
            locale={locale}
            initial={{
              payout_method: seller.payout_method ?? "",
              payout_account_holder: seller.payout_account_holder ?? "",
              payout_iban: seller.payout_iban ?? "",
              payout_vivawallet_merchant_id: seller.payout_vivawallet_merchant_id ?? "",
            }}
            t={{ payout: t.payout, ...forms }}
          />
        ) : (
          <>
            <p className="seller-notice">{t.payout.ownerOnly}</p>
            <PayoutSummary seller={seller} t={t.payout} />
          </>
        )}
      </section>
    </>
  )
}
