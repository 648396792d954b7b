import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** A position in a newest-first list: the last row's exact creation time (ISO) and id (which breaks ties). */
export type Cursor = { t: string; id: string }
/** A position in a ranked list: the last row's score and id. */
export type ScoreCursor = { s: number; id: string }

// Cursors are opaque base64url JSON; one of another list (or shape) is the client's mistake.
function codec<T>(shape: z.ZodType<T>) {
  return {
    encode: (cursor: T | null): string | null => cursor && Buffer.from(JSON.stringify(shape.parse(cursor))).toString("base64url"),
    decode(cursor: string | undefined): T | undefined {
      if (!cursor) return undefined
      try {
        return shape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")))
      } catch {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "cursor: not a cursor from this list")
      }
    },
  }
}

export const timeCursor = codec<Cursor>(z.object({ t: z.string().datetime(), id: z.string().min(1) }).strict())
export const scoreCursor = codec<ScoreCursor>(z.object({ s: z.number().finite(), id: z.string().min(1) }).strict())
export const encodeCursor = timeCursor.encode

export const CursorQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().min(1).max(200).optional(),
  })
  .strict()
export type CursorQueryType = z.infer<typeof CursorQuery>

/** The service's page arguments for a validated cursor query. */
export const pageOf = (query: CursorQueryType) => ({ limit: query.limit, after: timeCursor.decode(query.cursor) })
