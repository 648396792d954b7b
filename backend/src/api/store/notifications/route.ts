import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { toLocale } from "../../../notifications"
import { inAppPage } from "./read"
import { NotificationListQueryType } from "./validators"

/**
 * The signed-in customer's in-app notifications, newest first, with how many are unread; in the language of
 * Medusa's `?locale=` or `x-medusa-locale` (`req.locale`), else the customer's.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, NotificationListQueryType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { limit, offset } = req.validatedQuery
  const chosen = toLocale(req.locale ?? (await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)).metadata?.locale)
  res.json(await inAppPage(req.scope, customerId, chosen, { limit, offset }))
}
