"use client"

import { useActionState } from "react"

import { markAllRead, type NotificationState } from "@/lib/data/notification-actions"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { NotificationMessages } from "@/lib/i18n/messages/notifications"
import FormStatus from "@/modules/common/components/form-status"

type Props = { locale: Locale; t: Pick<NotificationMessages, "markAllRead" | "marking" | "messages"> }

/** "Mark all as read"; the list and the header's bell then show them read, and the outcome is announced. */
export default function MarkAllRead({ locale, t }: Props) {
  const [state, action, pending] = useActionState<NotificationState, FormData>(markAllRead, idle)
  return (
    <form action={action} className="notification-actions">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button--small" disabled={pending} data-testid="mark-all-read">
        {pending ? t.marking : t.markAllRead}
      </button>
      <FormStatus state={state} messages={t.messages} />
    </form>
  )
}
