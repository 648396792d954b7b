/** What a post's explore score is computed from. */
export type PostSignals = {
  id: string
  likes: number
  comments: number
  /** Distinct viewers who clicked a product tagged in the post. */
  clicks: number
  /** Orders of a product the post tags, placed within the trending window after it was posted. */
  purchases: number
  posted_at: Date
}

/**
 * Ranks posts for explore, for-you and trending hashtags. Plugin authors implement it, export it with
 * `ModuleProvider("feed", { services: [...] })` and list it in the feed module's `providers`.
 */
export interface RankingStrategy {
  /**
   * The post's score, higher first. Scores are stored and compared with scores computed earlier, so
   * a score must not depend on when it is computed: let recency in through `posted_at` (as Reddit's
   * "hot" does). It is read on a log2 scale: one more means twice as hot; a hashtag's heat is
   * log2 of the sum of 2^score over its posts, and for-you adds log2(1 + interest) to it.
   */
  score(post: PostSignals): number
}

export type RankingStrategyClass = {
  new (cradle: Record<string, unknown>, options: Record<string, unknown>): RankingStrategy
  identifier: string
}

export const RANKING_PROVIDER_PREFIX = "ranking_provider_"
