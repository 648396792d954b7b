import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import LookupForm from "@/modules/order/components/lookup-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getDictionary(locale).checkout.lookup.title, robots: { index: false } } : {}
}

/** A guest finds an order by e-mail and number and follows it on its status page. */
export default async function OrderLookupPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale).checkout.lookup
  return (
    <div className="order-lookup">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <LookupForm locale={locale} t={t} />
    </div>
  )
}
