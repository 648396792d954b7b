import { z } from "@medusajs/framework/zod"
import { SELLER_STATUSES } from "../../../modules/seller/models/seller"

export const AdminListSellers = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.enum(SELLER_STATUSES).optional(),
    q: z.string().min(1).max(100).optional(),
  })
  .strict()
export type AdminListSellersType = z.infer<typeof AdminListSellers>

export const AdminUpdateSeller = z
  .object({ commission_rate: z.number().min(0).max(100).multipleOf(0.01).nullable() })
  .partial()
  .strict()
export type AdminUpdateSellerType = z.infer<typeof AdminUpdateSeller>

export const AdminSellerReason = z.object({ reason: z.string().trim().min(1).max(1000) }).strict()
export type AdminSellerReasonType = z.infer<typeof AdminSellerReason>
