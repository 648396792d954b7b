import { z } from "@medusajs/framework/zod"

export const AdminListProposed = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListProposedType = z.infer<typeof AdminListProposed>

export const AdminModerateProduct = z
  .object({ decision: z.enum(["approve", "reject"]), reason: z.string().trim().min(1).max(1000).optional() })
  .strict()
  .refine((body) => body.decision !== "reject" || !!body.reason, { message: "reason: a rejection needs a reason", path: ["reason"] })
export type AdminModerateProductType = z.infer<typeof AdminModerateProduct>

export const AdminListModerationEntries = z
  .object({
    product_id: z.string().min(1).optional(),
    seller_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListModerationEntriesType = z.infer<typeof AdminListModerationEntries>
