import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import ResetPasswordView from "@/modules/security/components/reset-password-view"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: getDictionary(locale).security.reset.title } : {}),
    robots: { index: false, follow: false },
  }
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { token, email } = await searchParams
  return <ResetPasswordView locale={locale} actor="customer" token={token} email={email} />
}
