import type { HalfLifeOptions } from "./ranking/half-life/service"

export type FeedModuleOptions = {
  /** Entries kept per following timeline; older ones are dropped. */
  timeline_cap?: number
  /** Authors with more followers than this are not fanned out; their posts are merged in at read time. */
  fan_out_threshold?: number
  /** Followers written per fan-out transaction. */
  fan_out_batch?: number
  /** Days a post counts towards trending hashtags and has its engagement recounted by the trending job. */
  trending_days?: number
  /** The ranking provider explore and for-you use (default `half-life`). */
  ranking_provider?: string
  /** Options of the built-in `half-life` ranking. */
  half_life?: HalfLifeOptions
  /** Ranking providers from plugins: `{ resolve, id, options }`. */
  providers?: { resolve: string; id: string; options?: Record<string, unknown> }[]
}

export const FEED_DEFAULTS = {
  timeline_cap: 800,
  fan_out_threshold: 10_000,
  fan_out_batch: 1_000,
  trending_days: 7,
  ranking_provider: "half-life",
} as const
