import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INBOX_MODULE } from "../../../../modules/inbox"
import InboxModuleService, { Preference } from "../../../../modules/inbox/service"
import { NOTIFICATION_TYPES } from "../../../../notifications"
import { setNotificationPreferencesWorkflow } from "../../../../workflows/inbox"
import { CHANNELS, CUSTOMER_TYPES, UpdatePreferencesType } from "../validators"

/** Every type and channel a customer gets, on or off; `optional: false` ones (orders) cannot be turned off. */
function view(saved: Preference[]) {
  return CUSTOMER_TYPES.flatMap((type) =>
    CHANNELS.map((channel) => ({
      type,
      channel,
      optional: NOTIFICATION_TYPES[type].optional,
      enabled: !NOTIFICATION_TYPES[type].optional || (saved.find((p) => p.type === type && p.channel === channel)?.enabled ?? true),
    }))
  )
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const saved = await req.scope.resolve<InboxModuleService>(INBOX_MODULE).preferencesOf(req.auth_context.actor_id)
  res.json({ preferences: view(saved) })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdatePreferencesType>, res: MedusaResponse) {
  const { result } = await setNotificationPreferencesWorkflow(req.scope).run({
    input: { recipient_id: req.auth_context.actor_id, preferences: req.validatedBody.preferences },
  })
  res.json({ preferences: view(result) })
}
