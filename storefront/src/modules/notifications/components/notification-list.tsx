import type { Notification } from "@/lib/data/notifications"
import { openNotification } from "@/lib/data/notification-actions"
import type { Locale } from "@/lib/i18n/locales"
import type { NotificationMessages } from "@/lib/i18n/messages/notifications"
import { notificationHref } from "@/lib/notifications/links"
import PostTime from "@/modules/post/components/post-time"

type Props = { notifications: Notification[]; locale: Locale; t: NotificationMessages }

/**
 * The notifications, newest first: title, text, when, and "Unread" on those not read yet. Each is a form, so opening
 * one marks it read on the way to its page, with or without JavaScript; one that leads nowhere can be marked read.
 */
export default function NotificationList({ notifications, locale, t }: Props) {
  return (
    <ul className="notification-list" aria-label={t.list}>
      {notifications.map((notification) => {
        const href = notificationHref(locale, notification.path)
        return (
          <li
            key={notification.id}
            className={`notification${notification.read ? "" : " notification--unread"}`}
            data-testid="notification-item"
          >
            <form action={openNotification} className="notification__form">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={notification.id} />
              {href && <input type="hidden" name="path" value={notification.path ?? ""} />}
              {!notification.read && <span className="notification__unread">{t.unread}</span>}
              {href ? (
                <button
                  type="submit"
                  className="notification__title notification__open"
                  data-testid="notification-open"
                >
                  {notification.title}
                </button>
              ) : (
                <p className="notification__title">{notification.title}</p>
              )}
              {notification.body && <p className="notification__body">{notification.body}</p>}
              <p className="notification__meta">
                <PostTime value={notification.created_at} locale={locale} />
                {!href && !notification.read && (
                  <button type="submit" className="button button--link">
                    {t.markRead}
                  </button>
                )}
              </p>
            </form>
          </li>
        )
      })}
    </ul>
  )
}
