import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { VIVAWALLET_MODULE } from "../../../modules/vivawallet"
import VivaWalletModuleService from "../../../modules/vivawallet/service"
import { processVivaWebhookWorkflow } from "../../../workflows"
import { WebhookDelivery } from "./validators"

/** Viva's verification of the webhook URL: it asks for the merchant's key and compares it. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const vivawallet = req.scope.resolve<VivaWalletModuleService>(VIVAWALLET_MODULE)
  res.json({ Key: await vivawallet.webhookKey() })
}

// Emitted when handling a delivery failed: `{ id, event_type_id }`, Viva's MessageId and EventTypeId.
const WEBHOOK_FAILED = "vivawallet.webhook.failed"

/**
 * A webhook delivery. Answered 200 once handled (or when its message was handled before); a failure
 * answers 500 and leaves nothing behind, emits `vivawallet.webhook.failed`, and Viva delivers it again
 * (hourly, 24 times).
 */
export const POST = async (req: MedusaRequest<WebhookDelivery>, res: MedusaResponse) => {
  const vivawallet = req.scope.resolve<VivaWalletModuleService>(VIVAWALLET_MODULE)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const envelope = req.validatedBody
  const { result } = await processVivaWebhookWorkflow(req.scope)
    .run({ input: { provider: vivawallet.provider, envelope, headers: req.headers } })
    .catch(async (error) => {
      // Straight to the event bus: the workflow that failed released none of its events.
      await req.scope
        .resolve(Modules.EVENT_BUS)
        .emit({ name: WEBHOOK_FAILED, data: { id: envelope.MessageId, event_type_id: envelope.EventTypeId } })
        .catch((emitError: Error) => logger.warn(`Viva Wallet webhook: ${WEBHOOK_FAILED} not emitted: ${emitError.message}`))
      throw error
    })
  if (result.duplicate) logger.info(`Viva Wallet webhook: message ${envelope.MessageId} was delivered before; ignored`)
  res.json({ received: true })
}
