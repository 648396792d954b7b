import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INBOX_MODULE } from "../../../modules/inbox"
import InboxModuleService, { Preference } from "../../../modules/inbox/service"

export type SetPreferencesInput = { recipient_id: string; preferences: Preference[] }
type Previous = { recipient_id: string; rows: { id: string; enabled: boolean }[]; created: string[] }

/** Saves a recipient's choices; the compensation puts back what was there before. */
export const setPreferencesStep = createStep(
  "set-notification-preferences",
  async ({ recipient_id, preferences }: SetPreferencesInput, { container }) => {
    const inbox = container.resolve<InboxModuleService>(INBOX_MODULE)
    const existing = await inbox.listNotificationPreferences({ recipient_id })
    const find = (p: Preference) => existing.find((e) => e.type === p.type && e.channel === p.channel)
    const changed = preferences.filter((p) => find(p) && find(p)!.enabled !== p.enabled)
    const added = preferences.filter((p) => !find(p))
    const previous: Previous = { recipient_id, rows: changed.map((p) => ({ id: find(p)!.id, enabled: find(p)!.enabled })), created: [] }
    if (changed.length) await inbox.updateNotificationPreferences(changed.map((p) => ({ id: find(p)!.id, enabled: p.enabled })))
    if (added.length) {
      const created = await inbox.createNotificationPreferences(added.map((p) => ({ recipient_id, ...p })))
      previous.created = created.map((c) => c.id)
    }
    return new StepResponse(await inbox.preferencesOf(recipient_id), previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const inbox = container.resolve<InboxModuleService>(INBOX_MODULE)
    if (previous.created.length) await inbox.deleteNotificationPreferences(previous.created)
    if (previous.rows.length) await inbox.updateNotificationPreferences(previous.rows)
  }
)
