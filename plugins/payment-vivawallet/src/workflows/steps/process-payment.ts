import { WebhookActionResult } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"

/**
 * Runs Medusa's payment processing for a confirmed event, as Medusa's own webhook subscriber does: as a
 * workflow of its own, because inside another workflow it skips its cart lock, and two deliveries at
 * once would then both authorize the session (the loser's error makes Medusa cancel, i.e. refund, the
 * payment). It captures and completes the cart at most once, so it needs no undoing.
 */
export const processPaymentStep = createStep("process-vivawallet-payment", async (event: WebhookActionResult, { container }) => {
  await container.resolve(Modules.WORKFLOW_ENGINE).run(processPaymentWorkflowId, { input: event, throwOnError: true })
  return new StepResponse(undefined)
})
