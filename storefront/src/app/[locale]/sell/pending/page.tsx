import { notFound, redirect } from "next/navigation"

import { requireSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { sellerMetadata } from "@/lib/seller/metadata"
import SignOutButton from "@/modules/seller/components/sign-out-button"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.pending.details)
}

/**
 * Where a shop that may not sell (yet) lands: pending, rejected or suspended, with the reason the operator gave
 * and the application's details. The status is read on each request, so an approval shows on the next visit.
 */
export default async function PendingPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { seller } = await requireSeller(locale)
  if (seller.status === "approved") redirect(`/${locale}/sell/dashboard`)
  const t = getDictionary(locale).seller
  const status = seller.status
  const details = [
    { label: t.pending.name, value: seller.name },
    { label: t.pending.handle, value: seller.handle },
    { label: t.pending.contactEmail, value: seller.email },
    {
      label: t.pending.country,
      value: new Intl.DisplayNames([locale], { type: "region" }).of(seller.country_code.toUpperCase()),
    },
    { label: t.pending.description, value: seller.description },
  ]

  return (
    <div className="seller-narrow">
      <h1>{t.pending.title[status]}</h1>
      <p>{t.pending.intro[status]}</p>
      {status !== "pending" && seller.status_reason && (
        <div className="seller-notice">
          <h2 className="seller-notice__title">{t.pending.reason}</h2>
          <p>{seller.status_reason}</p>
        </div>
      )}
      <section className="seller-section" aria-labelledby="pending-details">
        <h2 id="pending-details">{t.pending.details}</h2>
        <dl className="seller-details">
          {details
            .filter(({ value }) => value)
            .map(({ label, value }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </section>
      <SignOutButton locale={locale} t={t.nav} />
    </div>
  )
}
