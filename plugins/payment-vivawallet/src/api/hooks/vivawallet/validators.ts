import { z } from "@medusajs/framework/zod"

// Viva's envelope. Not strict: Viva adds fields to its events over time, and a delivery refused for
// an unknown field would be retried and finally lost. The provider validates EventData per event type.
export const WebhookDelivery = z.object({
  MessageId: z.string().min(1),
  EventTypeId: z.number().int(),
  EventData: z.record(z.string(), z.unknown()),
  Created: z.string().optional(),
  CorrelationId: z.string().nullish(),
  RetryCount: z.number().int().optional(),
  RecipientId: z.string().nullish(),
  MessageTypeId: z.number().int().optional(),
  Url: z.string().nullish(),
})

export type WebhookDelivery = z.infer<typeof WebhookDelivery>
