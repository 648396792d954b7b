import { notFound, redirect } from "next/navigation"

import { retrieveSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { sellerMetadata } from "@/lib/seller/metadata"
import SignInForm from "@/modules/seller/components/sign-in-form"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.signIn.title)
}

/** The seller's sign-in; someone signed in already goes on to the workspace. */
export default async function SellerSignInPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  if (await retrieveSeller()) redirect(`/${locale}/sell/dashboard`)
  const t = getDictionary(locale).seller
  return (
    <div className="seller-narrow">
      <h1>{t.signIn.title}</h1>
      <SignInForm
        locale={locale}
        t={{ signIn: t.signIn, errors: t.errors, fieldErrors: t.fieldErrors, messages: t.messages }}
      />
    </div>
  )
}
