import { z } from "@medusajs/framework/zod"
import { SYNC_KINDS, SYNC_STATUSES } from "../../../../modules/lexoffice/models/sync"

export const AdminListLexofficeSyncs = z
  .object({
    status: z.enum(SYNC_STATUSES).optional(),
    kind: z.enum(SYNC_KINDS).optional(),
    order_id: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListLexofficeSyncsType = z.infer<typeof AdminListLexofficeSyncs>
