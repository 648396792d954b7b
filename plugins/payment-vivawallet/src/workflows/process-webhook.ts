import { PaymentActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimWebhookMessageStep } from "./steps/claim-webhook-message"
import { completeWebhookMessageStep } from "./steps/complete-webhook-message"
import { confirmWebhookEventStep } from "./steps/confirm-webhook-event"
import { processPaymentStep } from "./steps/process-payment"

export type ProcessVivaWebhookInput = {
  /** The payment provider the event is for, as Medusa names it: `vivawallet_<id>`. */
  provider: string
  /** Viva's envelope: MessageId, EventTypeId, EventData, ... */
  envelope: { MessageId: string; EventTypeId: number; EventData: { OrderCode?: unknown; TransactionId?: unknown } }
  headers: Record<string, unknown>
}

// The actions Medusa's payment processing acts on; failures and refunds change nothing in Medusa.
const PROCESSED: string[] = [PaymentActions.SUCCESSFUL, PaymentActions.AUTHORIZED]

/**
 * Handles one webhook delivery from Viva, once per message: confirms the event with Viva through the
 * provider, then lets Medusa capture the payment and complete the cart (under the cart's lock, so a
 * shopper's browser completing it at the same moment makes one order). Any failure undoes the claim,
 * so that Viva's retry of the delivery acts.
 */
export const processVivaWebhookWorkflow = createWorkflow("process-vivawallet-webhook", (input: ProcessVivaWebhookInput) => {
  const claim = transform({ input }, ({ input: { envelope } }) => ({
    message_id: envelope.MessageId,
    event_type_id: envelope.EventTypeId,
    order_code: envelope.EventData.OrderCode == null ? null : String(envelope.EventData.OrderCode),
    transaction_id: envelope.EventData.TransactionId == null ? null : String(envelope.EventData.TransactionId),
  }))
  const messageId = claimWebhookMessageStep(claim)

  const event = when("vivawallet-message-is-new", { messageId }, ({ messageId }) => !!messageId).then(() =>
    confirmWebhookEventStep(transform({ input }, ({ input }) => ({ provider: input.provider, data: input.envelope, headers: input.headers })))
  )
  when("vivawallet-event-moves-payment", { event }, ({ event }) => !!event?.data?.session_id && PROCESSED.includes(event.action)).then(() => {
    processPaymentStep(event!)
  })
  when("vivawallet-message-was-handled", { messageId }, ({ messageId }) => !!messageId).then(() => {
    completeWebhookMessageStep(transform({ messageId, event }, ({ messageId, event }) => ({ id: messageId!, action: event!.action })))
  })

  return new WorkflowResponse(transform({ messageId, event }, ({ messageId, event }) => ({ duplicate: !messageId, action: event?.action ?? null })))
})
