import { notFound, redirect } from "next/navigation"

import { retrieveSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { sellerMetadata } from "@/lib/seller/metadata"
import SignInForm from "@/modules/seller/components/sign-in-form"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.signIn.title)
}

/**
 * The seller's sign-in (told when the password was just changed); someone signed in already goes on to the
 * workspace.
 */
export default async function SellerSignInPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  if (await retrieveSeller()) redirect(`/${locale}/sell/dashboard`)
  const { reset } = await searchParams
  const t = getDictionary(locale).seller
  return (
    <div className="seller-narrow">
      <h1>{t.signIn.title}</h1>
      {reset === "1" && (
        <p className="seller-notice" role="status" data-testid="password-changed">
          {getDictionary(locale).security.reset.changed}
        </p>
      )}
      <SignInForm
        locale={locale}
        t={{ signIn: t.signIn, errors: t.errors, fieldErrors: t.fieldErrors, messages: t.messages }}
      />
    </div>
  )
}
