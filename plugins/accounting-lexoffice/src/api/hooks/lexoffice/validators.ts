import { z } from "@medusajs/framework/zod"

// Not strict: Lexoffice may add fields to its events, and a refused delivery would be retried and
// count towards deleting the subscription.
export const LexofficeWebhookEvent = z.object({
  organizationId: z.string().optional(),
  eventType: z.string().min(1),
  resourceId: z.string().min(1),
  eventDate: z.string().optional(),
})
export type LexofficeWebhookEvent = z.infer<typeof LexofficeWebhookEvent>
