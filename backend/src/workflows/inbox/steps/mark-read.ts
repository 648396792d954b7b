import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INBOX_MODULE } from "../../../modules/inbox"
import InboxModuleService from "../../../modules/inbox/service"

/** `notifications`: mark these read; without it, everything up to `until` ("mark all read"). */
export type MarkReadInput = { recipient_id: string; notifications?: { id: string; created_at: Date }[]; until?: Date }
type Undo = {
  recipient_id: string
  reads: string[]
  state: { id: string; read_until: Date } | null
  created_state: string | null
  dropped: { notification_id: string; notified_at: Date }[]
}

export const markReadStep = createStep(
  "mark-notifications-read",
  async ({ recipient_id, notifications, until }: MarkReadInput, { container }) => {
    const inbox = container.resolve<InboxModuleService>(INBOX_MODULE)
    const undo: Undo = { recipient_id, reads: [], state: null, created_state: null, dropped: [] }
    if (notifications) {
      const { read_until, read_ids } = await inbox.readStateOf(recipient_id)
      const fresh = notifications.filter((n) => !read_ids.has(n.id) && (!read_until || n.created_at > read_until))
      if (fresh.length) {
        const reads = await inbox.createNotificationReads(fresh.map((n) => ({ notification_id: n.id, recipient_id, notified_at: n.created_at })))
        undo.reads = reads.map((r) => r.id)
      }
      return new StepResponse(undefined, undo)
    }
    const readUntil = until ?? new Date()
    const [state] = await inbox.listInboxStates({ recipient_id }, { take: 1 })
    if (state) {
      undo.state = { id: state.id, read_until: state.read_until }
      await inbox.updateInboxStates({ id: state.id, read_until: readUntil })
    } else {
      undo.created_state = (await inbox.createInboxStates({ recipient_id, read_until: readUntil })).id
    }
    // Single reads now covered by `read_until` are redundant.
    const covered = await inbox.listNotificationReads({ recipient_id, notified_at: { $lte: readUntil } })
    if (covered.length) {
      undo.dropped = covered.map((r) => ({ notification_id: r.notification_id, notified_at: r.notified_at }))
      await inbox.deleteNotificationReads(covered.map((r) => r.id))
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const inbox = container.resolve<InboxModuleService>(INBOX_MODULE)
    if (undo.reads.length) await inbox.deleteNotificationReads(undo.reads)
    if (undo.created_state) await inbox.deleteInboxStates(undo.created_state)
    if (undo.state) await inbox.updateInboxStates(undo.state)
    if (undo.dropped.length) await inbox.createNotificationReads(undo.dropped.map((d) => ({ ...d, recipient_id: undo.recipient_id })))
  }
)
