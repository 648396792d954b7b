import Link from "next/link"

import type { Locale } from "@/lib/i18n/locales"
import type { NotificationMessages } from "@/lib/i18n/messages/notifications"
import { neighbours } from "@/lib/notifications/paging"

type Props = {
  locale: Locale
  offset: number
  count: number
  t: Pick<NotificationMessages, "pages" | "newer" | "older">
}

/** "Newer" and "Older" between pages of notifications; nothing when everything fits on one. */
export default function NotificationPager({ locale, offset, count, t }: Props) {
  const { newer, older } = neighbours(offset, count)
  if (newer === null && older === null) return null
  const href = (to: number) => `/${locale}/account/notifications${to > 0 ? `?offset=${to}` : ""}`
  return (
    <nav className="notification-pager" aria-label={t.pages}>
      {newer !== null ? (
        <Link href={href(newer)} rel="prev">
          {t.newer}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      {older !== null ? (
        <Link href={href(older)} rel="next">
          {t.older}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
