import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { markNotificationsReadWorkflow } from "../../../../../workflows/inbox"

/** Marks one of the customer's in-app notifications read; someone else's is a 404. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const notification = await req.scope
    .resolve(Modules.NOTIFICATION)
    .retrieveNotification(req.params.id, { select: ["id", "receiver_id", "channel", "created_at"] })
    .catch(() => null)
  if (!notification || notification.receiver_id !== customerId || notification.channel !== "in_app") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification ${req.params.id} was not found`)
  await markNotificationsReadWorkflow(req.scope).run({
    input: { recipient_id: customerId, notifications: [{ id: notification.id, created_at: new Date(notification.created_at) }] },
  })
  res.json({ id: notification.id, read: true })
}
