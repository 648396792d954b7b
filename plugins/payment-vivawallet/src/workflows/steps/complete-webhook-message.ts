import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VIVAWALLET_MODULE } from "../../modules/vivawallet"
import VivaWalletModuleService from "../../modules/vivawallet/service"

/** Marks a message handled, with what it came to; the last step, so it needs no undoing. */
export const completeWebhookMessageStep = createStep(
  "complete-vivawallet-webhook-message",
  async ({ id, action }: { id: string; action: string }, { container }) => {
    const vivawallet = container.resolve<VivaWalletModuleService>(VIVAWALLET_MODULE)
    await vivawallet.updateWebhookMessages({ id, status: "processed", action })
    return new StepResponse(undefined)
  }
)
