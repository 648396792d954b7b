import { notFound, redirect } from "next/navigation"

import { sellerLoginEmail } from "@/lib/data/verification-reads"
import { requireSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { sellerMetadata } from "@/lib/seller/metadata"
import VerifyNotice from "@/modules/security/components/verify-notice"
import SignOutButton from "@/modules/seller/components/sign-out-button"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.pending.details)
}

/**
 * Where a shop that may not sell (yet) lands: pending, rejected or suspended, with the reason the operator gave
 * and the application's details. The status is read on each request, so an approval shows on the next visit. A
 * pending shop also shows whether its owner's e-mail address is verified: the review waits for it, and the owner
 * can have the link sent again.
 */
export default async function PendingPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { seller, member } = await requireSeller(locale)
  if (seller.status === "approved") redirect(`/${locale}/sell/dashboard`)
  const t = getDictionary(locale).seller
  const security = getDictionary(locale).security
  const status = seller.status
  const unverified = status === "pending" && !seller.email_verified
  // The notice names the address when it can; its button finds the address again itself.
  const loginEmail = unverified
    ? await sellerLoginEmail(member).catch((error: unknown) => {
        console.error(`Seller login e-mail unavailable on /sell/pending: ${(error as Error).message}`)
        return null
      })
    : null
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
      {status === "pending" &&
        (!unverified ? (
          <p className="seller-notice" data-testid="seller-email-verified">
            {security.notice.sellerVerified}
          </p>
        ) : member.role === "owner" ? (
          <VerifyNotice locale={locale} email={loginEmail} hint={security.notice.seller} audience="seller" />
        ) : (
          <p className="seller-notice">{security.notice.staff}</p>
        ))}
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
