import { z } from "@medusajs/framework/zod"
import { CursorQuery } from "../cursor"

export const FEED_TYPES = ["following", "explore", "for_you"] as const

/** `following` and `for_you` need a signed-in customer; prices are for `region_id` (default: the store's region). */
export const FeedQuery = CursorQuery.extend({
  type: z.enum(FEED_TYPES).default("explore"),
  region_id: z.string().min(1).optional(),
}).strict()
export type FeedQueryType = z.infer<typeof FeedQuery>

export const TrendingHashtagsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type TrendingHashtagsQueryType = z.infer<typeof TrendingHashtagsQuery>

export const ProductClick = z.object({ product_id: z.string().min(1) }).strict()
export type ProductClickType = z.infer<typeof ProductClick>
