import Link from "next/link"

import { unreadCount } from "@/lib/data/notifications"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"

/**
 * The header's bell for a signed-in customer: a link to the notifications with the unread count, read on the server
 * with the page (nothing polls). A guest gets nothing, without a call to the backend; neither does a customer whose
 * count cannot be read, so the header always renders.
 */
export default async function NotificationBell({ locale }: { locale: Locale }) {
  const count = await unreadCount(locale)
  if (count === null) return null
  const t = getDictionary(locale).notifications
  const unread = new Intl.PluralRules(locale).select(count) === "one" ? t.bellUnread.one : t.bellUnread.other
  return (
    <Link
      href={`/${locale}/account/notifications`}
      className="notification-bell"
      aria-label={count > 0 ? fill(unread, { n: count }) : t.bell}
      data-testid="notification-bell"
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15Zm4 3.5a2 2 0 0 0 4 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>
      {count > 0 && (
        <span className="notification-bell__count" aria-hidden="true" data-testid="notification-count">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  )
}
