import { z } from "@medusajs/framework/zod"

/** Viva's webhook event types (EventTypeId) the provider knows. */
export const VivaEventType = {
  TransactionPaymentCreated: 1796,
  TransactionReversalCreated: 1797,
  TransactionFailed: 1798,
  TransactionPriceCalculated: 1799,
  OrderUpdated: 4865,
} as const

// Codes arrive as JSON numbers or strings; compared as strings.
const code = z.union([z.string().min(1), z.number()]).transform(String)

/** The envelope of every delivery. Not strict: Viva adds fields over time. */
export const VivaWebhookEnvelope = z.object({
  EventTypeId: z.number().int(),
  EventData: z.record(z.string(), z.unknown()),
  MessageId: z.string().optional(),
  Created: z.string().optional(),
  RetryCount: z.number().int().optional(),
})

/** EventData of the transaction events (1796, 1797, 1798); `Amount` in MAJOR units, `CurrencyCode` ISO 4217 numeric. */
export const VivaTransactionEvent = z.object({
  TransactionId: z.string().min(1),
  OrderCode: code,
  StatusId: z.string(),
  Amount: z.number(),
  CurrencyCode: code,
  MerchantTrns: z.string().nullish(),
  /** The transaction this one captures or reverses; null for a shopper's payment. */
  ParentId: z.string().nullish(),
})

export type VivaWebhookEnvelope = z.infer<typeof VivaWebhookEnvelope>
export type VivaTransactionEvent = z.infer<typeof VivaTransactionEvent>
