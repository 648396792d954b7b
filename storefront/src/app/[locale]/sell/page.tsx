import Link from "next/link"
import { notFound } from "next/navigation"

import type { Country } from "@/lib/data/regions"
import { listShopCountries } from "@/lib/data/seller-reads"
import { retrieveSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { sellerMetadata } from "@/lib/seller/metadata"
import ApplyForm from "@/modules/seller/components/apply-form"
import { messageOf } from "@/lib/util/errors"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.pitch.title, { indexed: true })
}

/** Becoming a seller: the pitch, and the application for visitors; a signed-in seller gets the way to its shop. */
export default async function SellPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale).seller
  const [signedIn, countries] = await Promise.all([
    retrieveSeller().catch((error) => {
      console.error(`Seller unavailable on /sell: ${messageOf(error)}`)
      return null
    }),
    listShopCountries(locale).catch((error): Country[] | null => {
      console.error(`Countries unavailable on /sell: ${messageOf(error)}`)
      return null
    }),
  ])

  return (
    <div className="sell">
      <section className="sell__pitch" aria-labelledby="sell-title">
        <h1 id="sell-title">{t.pitch.title}</h1>
        <p className="sell__intro">{t.pitch.intro}</p>
        <ul className="sell__points">
          {t.pitch.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>
      {signedIn ? (
        <div className="seller-notice">
          <p>{fill(t.pitch.signedIn, { shop: signedIn.seller.name })}</p>
          {signedIn.seller.status === "approved" ? (
            <Link className="button button--primary" href={`/${locale}/sell/dashboard`}>
              {t.pitch.openWorkspace}
            </Link>
          ) : (
            <Link className="button button--primary" href={`/${locale}/sell/pending`}>
              {t.pitch.viewApplication}
            </Link>
          )}
        </div>
      ) : countries ? (
        <ApplyForm
          locale={locale}
          countries={countries}
          t={{ apply: t.apply, errors: t.errors, fieldErrors: t.fieldErrors, messages: t.messages }}
        />
      ) : (
        <p className="seller-notice">{t.apply.unavailable}</p>
      )}
    </div>
  )
}
