import { model } from "@medusajs/framework/utils"

/**
 * A webhook delivery from Viva, by its `MessageId`. Viva retries a delivery until it gets a 2xx, and
 * can deliver one message twice; the unique id makes only one of them act. `processing` while a
 * delivery is being handled (a failed one is deleted so that Viva's retry can act), then `processed`.
 */
export const WebhookMessage = model
  .define("vivawallet_webhook_message", {
    id: model.id({ prefix: "vwmsg" }).primaryKey(),
    message_id: model.text(),
    event_type_id: model.number(),
    order_code: model.text().nullable(),
    transaction_id: model.text().nullable(),
    status: model.enum(["processing", "processed"]).default("processing"),
    // What the event came to after it was confirmed with Viva (captured, failed, not_supported, ...).
    action: model.text().nullable(),
  })
  .indexes([{ on: ["message_id"], unique: true }])
