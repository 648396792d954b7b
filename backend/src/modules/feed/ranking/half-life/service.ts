import type { PostSignals, RankingStrategy } from "../types"

export type HalfLifeOptions = {
  /** Hours after which a post's engagement counts half as much (default 12). */
  hours?: number
  /** What one like, comment, product click and purchase are worth (defaults 1, 2, 3, 8). */
  weights?: { like?: number; comment?: number; product_click?: number; purchase?: number }
}

const HOUR_MS = 3_600_000

/**
 * Engagement with exponential time decay: heat = (1 + weighted engagement) × 0.5^(age / half-life).
 * Stored as log2(heat) + a constant, which does not change with time: log2(1 + engagement) +
 * posted_at / half-life. A post with no engagement still ranks by its age, so fresh posts show up.
 */
export class HalfLifeRanking implements RankingStrategy {
  static identifier = "half-life"

  private readonly hours: number
  private readonly weights: Required<NonNullable<HalfLifeOptions["weights"]>>

  static validateOptions(options: HalfLifeOptions) {
    if (options.hours !== undefined && !(options.hours > 0)) throw new Error("feed half-life: hours must be above 0")
    for (const [name, weight] of Object.entries(options.weights ?? {})) {
      if (!(weight >= 0)) throw new Error(`feed half-life: weights.${name} must be 0 or more`)
    }
  }

  constructor(_cradle: Record<string, unknown>, options: HalfLifeOptions = {}) {
    this.hours = options.hours ?? 12
    this.weights = { like: 1, comment: 2, product_click: 3, purchase: 8, ...options.weights }
  }

  score(post: PostSignals): number {
    const w = this.weights
    const engagement = w.like * post.likes + w.comment * post.comments + w.product_click * post.clicks + w.purchase * post.purchases
    return Math.log2(1 + engagement) + post.posted_at.getTime() / HOUR_MS / this.hours
  }
}
