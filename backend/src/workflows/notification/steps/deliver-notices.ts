import { CreateNotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INBOX_MODULE } from "../../../modules/inbox"
import InboxModuleService from "../../../modules/inbox/service"
import { NOTIFICATION_TYPES, render } from "../../../notifications"
import { links } from "../links"
import { Notice } from "../notice"

/**
 * Renders each notice in its recipient's language and hands it to the notification module: an e-mail, and for
 * customers an in-app notification. Optional types skip the channels the recipient turned off. The module skips
 * idempotency keys it sent before and retries those that failed, so a replayed event sends nothing twice.
 * Nothing to compensate: this is the workflow's last step, and a sent e-mail cannot be taken back.
 */
// Links that prove an address or set a password are secrets: the e-mail carries them, the stored notification not.
const SECRET_LINKS: ReadonlySet<string> = new Set(["email_verification", "password_reset"])

export const deliverNoticesStep = createStep("deliver-notices", async (notices: Notice[], { container }) => {
  const inbox = container.resolve<InboxModuleService>(INBOX_MODULE)
  const notifications: CreateNotificationDTO[] = []
  for (const notice of notices) {
    const optional = NOTIFICATION_TYPES[notice.type].optional
    const recipient = notice.recipient_id
    const off = async (channel: string) => optional && recipient !== null && (await inbox.optedOut([recipient], notice.type, channel)).has(recipient)
    const common = {
      template: notice.type,
      data: notice.data,
      trigger_type: notice.type,
      resource_id: notice.resource.id,
      resource_type: notice.resource.type,
      receiver_id: recipient,
    }
    if (notice.email && !(await off("email"))) {
      const data = optional && recipient ? { ...notice.data, preferences_url: links.preferences(notice.locale) } : notice.data
      const { subject, text, html } = render(notice.type, notice.locale, data as never)
      notifications.push({
        ...common,
        data: { ...(SECRET_LINKS.has(notice.type) ? { ...data, url: null } : data), locale: notice.locale },
        to: notice.email,
        channel: "email",
        content: { subject, text, html },
        idempotency_key: `${notice.key}:email`,
      })
    }
    if (recipient && !(await off("in_app"))) {
      notifications.push({ ...common, to: recipient, channel: "in_app", idempotency_key: `${notice.key}:in_app` })
    }
  }
  if (!notifications.length) return new StepResponse([])
  const sent = await container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
  return new StepResponse(sent.map((n) => n.id))
})
