import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { INBOX_MODULE } from "../../../modules/inbox"
import InboxModuleService from "../../../modules/inbox/service"
import { Locale, NOTIFICATION_TYPES, NotificationType, render } from "../../../notifications"
import { storefrontPath } from "../../../workflows/notification/links"

type Stored = { id: string; template: string | null; data: Record<string, unknown> | null; created_at: Date | string }

/** A page of a customer's in-app notifications, newest first, rendered in `locale`, with the unread count. */
export async function inAppPage(container: MedusaContainer, customerId: string, locale: Locale, { limit, offset }: { limit: number; offset: number }) {
  const notificationModule = container.resolve(Modules.NOTIFICATION)
  const inbox = container.resolve<InboxModuleService>(INBOX_MODULE)
  const mine = { receiver_id: customerId, channel: "in_app" }
  const [[rows, count], state] = await Promise.all([
    notificationModule.listAndCountNotifications(mine, { order: { created_at: "DESC" }, skip: offset, take: limit }),
    inbox.readStateOf(customerId),
  ])
  const [, after] = await notificationModule.listAndCountNotifications(
    state.read_until ? { ...mine, created_at: { $gt: state.read_until.toISOString() } } : mine,
    { take: 1, select: ["id"] }
  )
  const isRead = (n: Stored) => state.read_ids.has(n.id) || (state.read_until !== null && new Date(n.created_at) <= state.read_until)
  const notifications = (rows as Stored[])
    .filter((n) => n.template && n.template in NOTIFICATION_TYPES)
    .map((n) => {
      const { title, body, url } = render(n.template as NotificationType, locale, (n.data ?? {}) as never)
      return { id: n.id, type: n.template, title, body, path: storefrontPath(url), read: isRead(n), created_at: n.created_at }
    })
  return { notifications, count, offset, limit, unread_count: Math.max(0, after - state.read_ids.size) }
}
