import { z } from "@medusajs/framework/zod"

export const VendorDashboard = z
  .object({
    days: z.coerce.number().int().min(1).max(90).default(30),
  })
  .strict()
export type VendorDashboardType = z.infer<typeof VendorDashboard>
