import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshPaymentWorkflow } from "../../../workflows"
import { LexofficeWebhookEvent } from "./validators"

// Events after which a voucher's payment state may have changed.
const PAYMENT_EVENTS = ["payment.changed", "invoice.status.changed", "credit-note.status.changed"]
// Lexoffice waits about 5 s and deletes subscriptions that keep failing: answer well before that.
const ANSWER_WITHIN_MS = 3000

/**
 * A signed event from Lexoffice. The event only says which voucher changed: its payment state is read
 * from Lexoffice. Always 200 once verified: a failed refresh is caught up by the payments job, and a
 * slow one finishes after the answer.
 */
export const POST = async (req: MedusaRequest<LexofficeWebhookEvent>, res: MedusaResponse) => {
  const { eventType, resourceId } = req.validatedBody
  if (PAYMENT_EVENTS.includes(eventType)) {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    const refresh = refreshPaymentWorkflow(req.scope)
      .run({ input: { voucher_id: resourceId } })
      .catch((error) => logger.warn(`Lexoffice webhook: ${eventType} of ${resourceId} not applied: ${error.message}`))
    await Promise.race([refresh, new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS).unref())])
  }
  res.json({ received: true })
}
