import { z } from "@medusajs/framework/zod"
import { PAYOUT_STATUSES } from "../../../modules/seller/models/payout"

export const AdminListPayouts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.enum(PAYOUT_STATUSES).optional(),
    seller_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminListPayoutsType = z.infer<typeof AdminListPayouts>

export const AdminMarkPayoutPaid = z.object({ reference: z.string().trim().min(1).max(200).optional() }).strict()
export type AdminMarkPayoutPaidType = z.infer<typeof AdminMarkPayoutPaid>
