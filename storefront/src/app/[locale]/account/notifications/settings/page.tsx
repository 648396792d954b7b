import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { requireCustomer } from "@/lib/data/customer-reads"
import { notificationPreferences } from "@/lib/data/notifications"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { preferenceRows, type PreferenceRow } from "@/lib/notifications/preferences"
import PreferencesForm from "@/modules/notifications/components/preferences-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: getDictionary(locale).notifications.settings.title } : {}),
    robots: { index: false, follow: false },
  }
}

/** Which notifications the customer gets, per type and channel; the order notices cannot be turned off. */
export default async function NotificationSettingsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const t = getDictionary(locale).notifications
  const rows = await notificationPreferences().then(preferenceRows, (error: unknown): PreferenceRow[] | null => {
    console.error(`Notification settings unavailable: ${(error as Error).message}`)
    return null
  })

  return (
    <>
      <h1>{t.settings.title}</h1>
      <p className="account__links">
        <Link href={`/${locale}/account/notifications`}>{t.settings.back}</Link>
      </p>
      {rows ? (
        <>
          <p>{t.settings.intro}</p>
          <PreferencesForm
            locale={locale}
            rows={rows}
            t={{ settings: t.settings, types: t.types, messages: t.messages }}
          />
        </>
      ) : (
        <p className="account__notice">{t.settings.unavailable}</p>
      )}
    </>
  )
}
