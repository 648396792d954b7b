import Link from "next/link"
import { notFound } from "next/navigation"

import { requireCustomer } from "@/lib/data/customer-reads"
import { listNotifications, type NotificationPage } from "@/lib/data/notifications"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { parseOffset } from "@/lib/notifications/paging"
import { accountMetadata } from "@/modules/account/metadata"
import MarkAllRead from "@/modules/notifications/components/mark-all-read"
import NotificationList from "@/modules/notifications/components/notification-list"
import NotificationPager from "@/modules/notifications/components/notification-pager"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return accountMetadata(params, (t) => t.nav.notifications)
}

/**
 * The customer's in-app notifications, 20 a page (`?offset=`), newest first, in the page's language, with "Mark all
 * as read" and the way to the settings. The page stands when the notifications cannot be read (logged).
 */
export default async function NotificationsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const offset = parseOffset((await searchParams).offset)
  const t = getDictionary(locale).notifications
  const page = await listNotifications(offset, locale).catch((error: unknown): NotificationPage | null => {
    console.error(`Notifications unavailable: ${(error as Error).message}`)
    return null
  })

  return (
    <>
      <h1>{t.title}</h1>
      <p className="account__links">
        <Link href={`/${locale}/account/notifications/settings`}>{t.settingsLink}</Link>
      </p>
      {!page ? (
        <p className="account__notice">{t.unavailable}</p>
      ) : (
        <>
          {page.count > 0 && (
            <MarkAllRead locale={locale} t={{ markAllRead: t.markAllRead, marking: t.marking, messages: t.messages }} />
          )}
          {page.notifications.length > 0 ? (
            <NotificationList notifications={page.notifications} locale={locale} t={t} />
          ) : (
            <p className="account__muted">{page.count > 0 ? t.emptyPage : t.empty}</p>
          )}
          <NotificationPager locale={locale} offset={offset} count={page.count} t={t} />
        </>
      )}
    </>
  )
}
