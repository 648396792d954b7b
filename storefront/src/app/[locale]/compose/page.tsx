import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { trendingHashtags } from "@/lib/data/compose"
import { requireCustomer } from "@/lib/data/customer-reads"
import { customerVerification } from "@/lib/data/verification-reads"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import ComposeForm from "@/modules/compose/components/compose-form"
import VerifyNotice from "@/modules/security/components/verify-notice"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: getDictionary(locale).compose.title } : {}),
    robots: { index: false, follow: false },
  }
}

/**
 * A new post, for signed-in customers with a verified e-mail address (the backend refuses the others' uploads and
 * posts): until then the page says so, with the button that sends the link again. A guest is sent to sign in.
 */
export default async function ComposePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const t = getDictionary(locale).compose
  const verification = await customerVerification()
  if (verification && !verification.verified) {
    return (
      <>
        <h1>{t.title}</h1>
        <VerifyNotice
          locale={locale}
          email={verification.email}
          hint={getDictionary(locale).security.notice.compose}
        />
      </>
    )
  }
  const hashtags = await trendingHashtags()
  return (
    <>
      <h1>{t.title}</h1>
      <ComposeForm locale={locale} hashtags={hashtags} t={t} />
    </>
  )
}
