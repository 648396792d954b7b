import { z } from "@medusajs/framework/zod"

export const AdminListSubOrders = z
  .object({
    order_id: z.string().min(1).optional(),
    seller_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListSubOrdersType = z.infer<typeof AdminListSubOrders>
