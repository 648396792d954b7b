import { notFound } from "next/navigation"

import { retrieveSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { sellerMetadata } from "@/lib/seller/metadata"
import { isInviteToken } from "@/lib/seller/schemas"
import JoinForm from "@/modules/seller/components/join-form"
import SignOutButton from "@/modules/seller/components/sign-out-button"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.join.title)
}

/**
 * An invite link's landing page: a login (new, or an existing seller login without a shop) accepts the invite.
 * Someone signed in to a shop is asked to sign out first: one login acts for one shop.
 */
export default async function JoinPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { token } = await searchParams
  const t = getDictionary(locale).seller
  const signedIn = await retrieveSeller()

  return (
    <div className="seller-narrow">
      <h1>{t.join.title}</h1>
      {signedIn ? (
        <div className="seller-notice">
          <p>{fill(t.join.signedIn, { shop: signedIn.seller.name })}</p>
          <SignOutButton locale={locale} invite={isInviteToken(token) ? token : undefined} t={t.nav} />
        </div>
      ) : isInviteToken(token) ? (
        <>
          <p>{t.join.intro}</p>
          <JoinForm
            locale={locale}
            token={token}
            t={{ join: t.join, errors: t.errors, fieldErrors: t.fieldErrors, messages: t.messages }}
          />
        </>
      ) : (
        <p className="seller-notice">{t.join.invalidLink}</p>
      )}
    </div>
  )
}
