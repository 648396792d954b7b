import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** A position in a newest-first list: the last row's exact creation time (ISO) and id (which breaks ties). */
export type Cursor = { t: string; id: string }

const shape = z.object({ t: z.string().datetime(), id: z.string().min(1) }).strict()

export const encodeCursor = (cursor: Cursor | null): string | null =>
  cursor && Buffer.from(JSON.stringify({ t: cursor.t, id: cursor.id })).toString("base64url")

export function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")))
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "cursor: not a cursor from this list")
  }
}

export const CursorQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().min(1).max(200).optional(),
  })
  .strict()
export type CursorQueryType = z.infer<typeof CursorQuery>

/** The service's page arguments for a validated cursor query. */
export const pageOf = (query: CursorQueryType) => ({ limit: query.limit, after: decodeCursor(query.cursor) })
