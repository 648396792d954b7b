import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markNotificationsReadWorkflow } from "../../../../workflows/inbox"

/** Marks every in-app notification the customer has so far read. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await markNotificationsReadWorkflow(req.scope).run({ input: { recipient_id: req.auth_context.actor_id, until: new Date() } })
  res.json({ unread_count: 0 })
}
