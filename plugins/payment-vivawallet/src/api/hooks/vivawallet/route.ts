import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VIVAWALLET_MODULE } from "../../../modules/vivawallet"
import VivaWalletModuleService from "../../../modules/vivawallet/service"
import { processVivaWebhookWorkflow } from "../../../workflows"
import { WebhookDelivery } from "./validators"

/** Viva's verification of the webhook URL: it asks for the merchant's key and compares it. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const vivawallet = req.scope.resolve<VivaWalletModuleService>(VIVAWALLET_MODULE)
  res.json({ Key: await vivawallet.webhookKey() })
}

/**
 * A webhook delivery. Answered 200 once handled (or when its message was handled before); a failure
 * answers 500 and leaves nothing behind, and Viva delivers it again (hourly, 24 times).
 */
export const POST = async (req: MedusaRequest<WebhookDelivery>, res: MedusaResponse) => {
  const vivawallet = req.scope.resolve<VivaWalletModuleService>(VIVAWALLET_MODULE)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const envelope = req.validatedBody
  const { result } = await processVivaWebhookWorkflow(req.scope).run({
    input: { provider: vivawallet.provider, envelope, headers: req.headers },
  })
  if (result.duplicate) logger.info(`Viva Wallet webhook: message ${envelope.MessageId} was delivered before; ignored`)
  res.json({ received: true })
}
