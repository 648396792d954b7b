import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VIVAWALLET_MODULE } from "../../modules/vivawallet"
import VivaWalletModuleService, { WebhookClaim } from "../../modules/vivawallet/service"

/** Records the delivery's message; null for a message recorded before. A failed run forgets it again. */
export const claimWebhookMessageStep = createStep(
  "claim-vivawallet-webhook-message",
  async (claim: WebhookClaim, { container }) => {
    const vivawallet = container.resolve<VivaWalletModuleService>(VIVAWALLET_MODULE)
    const id = await vivawallet.claimMessage(claim)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<VivaWalletModuleService>(VIVAWALLET_MODULE).releaseMessage(id)
  }
)
