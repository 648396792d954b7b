import { IPaymentModuleService, WebhookActionResult } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ConfirmWebhookEventInput = { provider: string; data: Record<string, unknown>; headers: Record<string, unknown> }

/**
 * What the event means, decided by the provider after it retrieved the transaction from Viva (Viva
 * does not sign webhooks, so nothing in the body is trusted on its own). A payment for a session this
 * store does not have (another shop on the same Viva account) means nothing here.
 */
export const confirmWebhookEventStep = createStep(
  "confirm-vivawallet-webhook-event",
  async ({ provider, data, headers }: ConfirmWebhookEventInput, { container }) => {
    const payment = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const result: WebhookActionResult = await payment.getWebhookActionAndData({
      provider,
      payload: { data, rawData: Buffer.from(JSON.stringify(data)), headers },
    })
    const sessionId = result.data?.session_id
    if (sessionId && !(await payment.listPaymentSessions({ id: sessionId }, { select: ["id"] })).length) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Viva Wallet webhook: no payment session ${sessionId} in this store; ignored`)
      return new StepResponse<WebhookActionResult>({ action: PaymentActions.NOT_SUPPORTED })
    }
    return new StepResponse(result)
  }
)
