import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** A position in a newest-first list: the last row's time and id (the id breaks ties). */
export type Cursor = { t: string; id: string }

const shape = z.object({ t: z.string().datetime(), id: z.string().min(1) }).strict()

export const encodeCursor = (row: { created_at: Date | string; id: string }): string =>
  Buffer.from(JSON.stringify({ t: new Date(row.created_at).toISOString(), id: row.id })).toString("base64url")

export function decodeCursor(cursor: string): Cursor {
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")))
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "cursor: not a cursor from this list")
  }
}

/** The filter for rows after the cursor in (created_at desc, id desc) order. */
export const afterCursor = (cursor?: string) => {
  if (!cursor) return {}
  const { t, id } = decodeCursor(cursor)
  return { $or: [{ created_at: { $lt: new Date(t) } }, { created_at: new Date(t), id: { $lt: id } }] }
}

export const CursorQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().min(1).max(200).optional(),
  })
  .strict()
export type CursorQueryType = z.infer<typeof CursorQuery>
