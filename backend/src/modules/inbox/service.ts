import { MedusaService } from "@medusajs/framework/utils"
import { InboxState } from "./models/inbox-state"
import { NotificationPreference } from "./models/preference"
import { NotificationRead } from "./models/notification-read"

export type Preference = { type: string; channel: string; enabled: boolean }
/** What a recipient has read: all up to `read_until` (null: nothing marked) and these ids after it. */
export type ReadState = { read_until: Date | null; read_ids: Set<string> }

/** Notification preferences and the read state of in-app notifications, per recipient (a customer id). */
class InboxModuleService extends MedusaService({ NotificationPreference, InboxState, NotificationRead }) {
  /** The recipients among `recipientIds` that turned `type` off on `channel`. */
  async optedOut(recipientIds: string[], type: string, channel: string): Promise<Set<string>> {
    if (!recipientIds.length) return new Set()
    const off = await this.listNotificationPreferences({ recipient_id: recipientIds, type, channel, enabled: false }, { select: ["recipient_id"] })
    return new Set(off.map((p) => p.recipient_id))
  }

  async preferencesOf(recipientId: string): Promise<Preference[]> {
    const rows = await this.listNotificationPreferences({ recipient_id: recipientId }, { select: ["type", "channel", "enabled"] })
    return rows.map(({ type, channel, enabled }) => ({ type, channel, enabled }))
  }

  async readStateOf(recipientId: string): Promise<ReadState> {
    const [state] = await this.listInboxStates({ recipient_id: recipientId }, { take: 1 })
    const reads = await this.listNotificationReads(
      { recipient_id: recipientId, ...(state ? { notified_at: { $gt: state.read_until } } : {}) },
      { select: ["notification_id"] }
    )
    return { read_until: state?.read_until ?? null, read_ids: new Set(reads.map((r) => r.notification_id)) }
  }
}

export default InboxModuleService
