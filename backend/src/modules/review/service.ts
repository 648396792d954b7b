import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { ProductRating, SellerRating } from "./models/rating"
import { Review } from "./models/review"
import { ReviewImage } from "./models/review-image"
import { ReviewReport } from "./models/review-report"
import { ReviewVote } from "./models/review-vote"

type Sql = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
const sql = (context: Context) => (context.transactionManager ?? context.manager) as Sql

export type ReviewSort = "newest" | "helpful"
/** A position in a product's review list: the last review's creation time (newest) or helpful count (helpful), and id. */
export type ReviewCursor = { t: string; id: string } | { s: number; id: string }
export type ReviewPage = { ids: string[]; next: ReviewCursor | null }
export type Histogram = Record<"1" | "2" | "3" | "4" | "5", number>
export type RatingSummary = { average: number; count: number; histogram: Histogram }

export const EMPTY_RATING: RatingSummary = { average: 0, count: 0, histogram: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } }

// Recomputes one subject's aggregate from its published reviews. The advisory lock orders concurrent
// recomputes of the same subject, and each reads the reviews after taking it, so the last one to run has
// seen every committed change: the aggregate is exact however many reviews arrive at once.
const refresh = (table: "product_rating" | "seller_rating", key: "product_id" | "seller_id", prefix: string) => ({
  lock: `select pg_advisory_xact_lock(hashtext(?))`,
  upsert: `insert into ${table} (id, ${key}, count, total, average, histogram)
    select ?, ?, count(*), coalesce(sum(rating), 0), coalesce(round(avg(rating)::numeric, 2), 0),
      jsonb_build_object('1', count(*) filter (where rating = 1), '2', count(*) filter (where rating = 2),
        '3', count(*) filter (where rating = 3), '4', count(*) filter (where rating = 4), '5', count(*) filter (where rating = 5))
    from review where ${key} = ? and status = 'published' and deleted_at is null
    on conflict (${key}) where deleted_at is null do update set count = excluded.count, total = excluded.total,
      average = excluded.average, histogram = excluded.histogram, updated_at = now()`,
  prefix,
})
const PRODUCT = refresh("product_rating", "product_id", "prat")
const SELLER = refresh("seller_rating", "seller_id", "srat")

/**
 * Reviews of bought products, their photos, helpful votes and reports, and the rating aggregates per
 * product and per seller. Votes change a row and the count it feeds in one transaction, like social likes.
 */
class ReviewModuleService extends MedusaService({ Review, ReviewImage, ReviewVote, ReviewReport, ProductRating, SellerRating }) {
  /** Recomputes the aggregates of a product and (when given) its seller. */
  @InjectTransactionManager()
  async refreshRatings(subject: { product_id: string; seller_id?: string | null }, @MedusaContext() context: Context = {}): Promise<void> {
    const targets: [typeof PRODUCT, string][] = [[PRODUCT, subject.product_id]]
    if (subject.seller_id) targets.push([SELLER, subject.seller_id])
    for (const [statements, id] of targets) {
      await sql(context).execute(statements.lock, [`${statements.prefix}:${id}`])
      await sql(context).execute(statements.upsert, [generateEntityId(undefined, statements.prefix), id, id])
    }
  }

  /** Marks a review helpful for a customer; false when the customer already had. */
  @InjectTransactionManager()
  async vote(reviewId: string, customerId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const added = await sql(context).execute(
      `insert into review_vote (id, review_id, customer_id) values (?, ?, ?) on conflict do nothing returning id`,
      [generateEntityId(undefined, "rvote"), reviewId, customerId]
    )
    if (added.length) await sql(context).execute(`update review set helpful_count = helpful_count + 1 where id = ?`, [reviewId])
    return added.length > 0
  }

  /** Takes a helpful vote back; false when there was none. */
  @InjectTransactionManager()
  async unvote(reviewId: string, customerId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const removed = await sql(context).execute(
      `delete from review_vote where review_id = ? and customer_id = ? and deleted_at is null returning id`,
      [reviewId, customerId]
    )
    if (removed.length) await sql(context).execute(`update review set helpful_count = helpful_count - 1 where id = ?`, [reviewId])
    return removed.length > 0
  }

  /** Files a customer's report once; reporting again returns the open report. */
  @InjectTransactionManager()
  async report(
    input: { review_id: string; customer_id: string; reason: string; note?: string | null },
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    const id = generateEntityId(undefined, "rrep")
    const added = await sql(context).execute(
      `insert into review_report (id, review_id, customer_id, reason, note) values (?, ?, ?, ?, ?)
       on conflict (review_id, customer_id) where status = 'open' and deleted_at is null do nothing returning id`,
      [id, input.review_id, input.customer_id, input.reason, input.note ?? null]
    )
    if (added.length) return { id, created: true }
    const [open] = await sql(context).execute(
      `select id from review_report where review_id = ? and customer_id = ? and status = 'open' and deleted_at is null`,
      [input.review_id, input.customer_id]
    )
    return { id: open.id as string, created: false }
  }

  /**
   * Publishes a seller's reply to a review of its product unless it has one: a single conditional update,
   * so of two replies sent at once only one is kept. Answers the review's product, or null when nothing was updated.
   */
  @InjectTransactionManager()
  async reply(input: { review_id: string; seller_id: string; body: string }, @MedusaContext() context: Context = {}): Promise<string | null> {
    const updated = await sql(context).execute(
      `update review set reply_body = ?, replied_at = now(), updated_at = now()
       where id = ? and seller_id = ? and replied_at is null and deleted_at is null returning product_id`,
      [input.body, input.review_id, input.seller_id]
    )
    return (updated[0]?.product_id as string | undefined) ?? null
  }

  /** A page of a product's published reviews, newest or most helpful first, optionally of one rating. */
  @InjectManager()
  async pageProductReviews(
    productId: string,
    page: { sort: ReviewSort; limit: number; rating?: number; after?: ReviewCursor },
    @MedusaContext() context: Context = {}
  ): Promise<ReviewPage> {
    const where = ["product_id = ?", "status = 'published'", "deleted_at is null"]
    const params: unknown[] = [productId]
    if (page.rating) {
      where.push("rating = ?")
      params.push(page.rating)
    }
    const helpful = page.sort === "helpful"
    if (page.after && helpful && "s" in page.after) {
      where.push("(helpful_count, id) < (?, ?)")
      params.push(page.after.s, page.after.id)
    } else if (page.after && !helpful && "t" in page.after) {
      where.push("(created_at, id) < (?::timestamptz, ?)")
      params.push(page.after.t, page.after.id)
    }
    const order = helpful ? "helpful_count desc, id desc" : "created_at desc, id desc"
    const rows = await sql(context).execute(
      `select id, helpful_count, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t
       from review where ${where.join(" and ")} order by ${order} limit ?`,
      [...params, page.limit + 1]
    )
    const shown = rows.slice(0, page.limit)
    const last = shown[shown.length - 1]
    const next: ReviewCursor | null =
      rows.length > page.limit && last
        ? helpful
          ? { s: Number(last.helpful_count), id: last.id as string }
          : { t: last.t as string, id: last.id as string }
        : null
    return { ids: shown.map((r) => r.id as string), next }
  }

  /** Published reviews with open reports, most reported first, and the number of such reviews. */
  @InjectManager()
  async pageReportedReviews(
    page: { limit: number; offset: number },
    @MedusaContext() context: Context = {}
  ): Promise<{ ids: string[]; count: number }> {
    const from = `from review r join review_report p on p.review_id = r.id and p.status = 'open' and p.deleted_at is null
      where r.status = 'published' and r.deleted_at is null`
    const rows = await sql(context).execute(
      `select r.id, count(p.id) as reports, max(p.created_at) as latest ${from} group by r.id order by reports desc, latest desc limit ? offset ?`,
      [page.limit, page.offset]
    )
    const [{ count }] = await sql(context).execute(`select count(distinct r.id) as count ${from}`)
    return { ids: rows.map((r) => r.id as string), count: Number(count) }
  }

  /** The customer's helpful votes among the given reviews. */
  @InjectManager()
  async votedBy(customerId: string, reviewIds: string[], @MedusaContext() context: Context = {}): Promise<Set<string>> {
    if (!reviewIds.length) return new Set()
    const votes = await this.listReviewVotes({ customer_id: customerId, review_id: reviewIds }, { select: ["review_id"] }, context)
    return new Set(votes.map((v) => (v as unknown as { review_id: string }).review_id))
  }
}

export default ReviewModuleService
