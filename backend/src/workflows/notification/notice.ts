import type { Locale, NotificationType } from "../../notifications"

/**
 * One notification to one recipient, before channels and preferences: `email` gets the e-mail, the customer
 * `recipient_id` the in-app notification (null for sellers, who have no in-app list). `key` makes it
 * idempotent: a replayed event finds its notifications sent and sends nothing again.
 */
export type Notice = {
  type: NotificationType
  locale: Locale
  email: string | null
  recipient_id: string | null
  data: Record<string, unknown>
  key: string
  resource: { id: string; type: string }
}
