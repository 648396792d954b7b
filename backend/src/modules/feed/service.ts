import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { FanOut } from "./models/fan-out"
import { FeedPost } from "./models/feed-post"
import { Interest } from "./models/interest"
import { PostPurchase } from "./models/post-purchase"
import { ProductClick } from "./models/product-click"
import { Timeline } from "./models/timeline"
import { TimelineEntry } from "./models/timeline-entry"
import { TrendingHashtag } from "./models/trending-hashtag"
import { FEED_DEFAULTS, FeedModuleOptions } from "./options"
import { PostSignals, RANKING_PROVIDER_PREFIX, RankingStrategy } from "./ranking/types"

type Sql = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
const sql = (context: Context) => (context.transactionManager ?? context.manager) as Sql

/** A published post as the feed indexes it; `posted_at` is its creation time. */
export type PostIndex = {
  id: string
  author_id: string
  posted_at: Date
  topics: string[]
  product_ids: string[]
  likes: number
  comments: number
}
/** A position in the following feed (newest first): the exact time an entry was posted, and its id. */
export type TimeCursor = { t: string; id: string }
/** A position in a ranked feed (highest score first). */
export type ScoreCursor = { s: number; id: string }
export type FeedPage<C> = { ids: string[]; next: C | null }

// New ids for bulk inserts, made by PostgreSQL: the same shape as Medusa's (prefix + 26 characters).
const newId = (prefix: string) => `'${prefix}_' || upper(substr(md5(random()::text || clock_timestamp()::text), 1, 26))`
// A JS array parameter would be spread into one parameter per element, so lists go as one JSON text.
const list = (values: unknown[]) => JSON.stringify(values)
const elements = "jsonb_array_elements_text(?::jsonb)"
const textArray = `array(select ${elements})`
const exactTime = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

/**
 * Feeds. Following timelines are written on post (fan-out, in batches of followers) and read by a
 * range scan of one profile's entries, merged with the recent posts of the high-follower authors it
 * follows. Explore and for-you rank the feed's own copy of each post by the ranking provider's score.
 * Entries, timelines and counters change in the statements that use them, so repeats do nothing.
 */
class FeedModuleService extends MedusaService({
  FeedPost,
  TimelineEntry,
  Timeline,
  FanOut,
  ProductClick,
  PostPurchase,
  Interest,
  TrendingHashtag,
}) {
  protected readonly options_: Required<Omit<FeedModuleOptions, "providers" | "half_life">>
  protected readonly cradle_: Record<string, unknown>

  constructor(cradle: Record<string, unknown>, options: FeedModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.cradle_ = cradle
    this.options_ = { ...FEED_DEFAULTS, ...options }
  }

  get settings() {
    return this.options_
  }

  /** The configured ranking provider (the loader refuses to start without it). */
  ranking(): RankingStrategy {
    return this.cradle_[RANKING_PROVIDER_PREFIX + this.options_.ranking_provider] as RankingStrategy
  }

  /**
   * Writes (or rewrites) the feed's copy of posts and scores them; clicks and purchases are kept.
   * With `fanOut`, their fan-outs are queued in the same transaction (restarted if queued before),
   * so a crash after this leaves a fan-out for the resume job rather than a post nobody receives.
   */
  @InjectTransactionManager()
  async indexPosts(posts: PostIndex[], { fanOut = false }: { fanOut?: boolean } = {}, @MedusaContext() context: Context = {}): Promise<void> {
    if (!posts.length) return
    await sql(context).execute(
      `insert into feed_post (id, author_id, posted_at, topics, product_ids, likes, comments)
       select id, author_id, posted_at, topics, product_ids, likes, comments
       from jsonb_to_recordset(?::jsonb) as x(id text, author_id text, posted_at timestamptz, topics text[], product_ids text[], likes int, comments int)
       on conflict (id) do update set author_id = excluded.author_id, posted_at = excluded.posted_at, topics = excluded.topics,
         product_ids = excluded.product_ids, likes = excluded.likes, comments = excluded.comments, deleted_at = null, updated_at = now()`,
      [JSON.stringify(posts)]
    )
    await this.rescore(posts.map((p) => p.id), context)
    if (fanOut) {
      await sql(context).execute(
        `insert into fan_out (id, author_id) select id, author_id from jsonb_to_recordset(?::jsonb) as x(id text, author_id text)
         on conflict (id) do update set after = null, attempts = 0, deleted_at = null, updated_at = now()`,
        [JSON.stringify(posts.map((p) => ({ id: p.id, author_id: p.author_id })))]
      )
    }
  }

  /** Sets posts' like and comment counts (from the social module) and scores them again. */
  @InjectTransactionManager()
  async setEngagement(counts: { id: string; likes: number; comments: number }[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!counts.length) return
    await sql(context).execute(
      `update feed_post f set likes = x.likes, comments = x.comments, updated_at = now()
       from jsonb_to_recordset(?::jsonb) as x(id text, likes int, comments int) where f.id = x.id`,
      [JSON.stringify(counts)]
    )
    await this.rescore(counts.map((c) => c.id), context)
  }

  /**
   * Takes a post out of the feed: out of every timeline, explore and for-you; ends its fan-out. The
   * copy is only marked deleted, so a restored post keeps its clicks and purchases.
   */
  @InjectTransactionManager()
  async removePost(postId: string, @MedusaContext() context: Context = {}): Promise<void> {
    // Marking the copy waits for a fan-out batch holding it, and later batches find it gone.
    await sql(context).execute(`update feed_post set deleted_at = now() where id = ? and deleted_at is null`, [postId])
    await sql(context).execute(`delete from fan_out where id = ?`, [postId])
    const gone = await sql(context).execute(`delete from timeline_entry where post_id = ? and deleted_at is null returning profile_id`, [postId])
    await this.shrink(gone.map((g) => g.profile_id as string), context)
  }

  /**
   * Delivers a post to the timelines of a batch of profiles (those that have one) and, with `after`,
   * records how far its fan-out got, in one transaction: a crash before the commit leaves nothing of
   * the batch, after it the fan-out resumes behind `after`. Timelines that already have the post are
   * skipped. False when the post left the feed meanwhile.
   */
  @InjectTransactionManager()
  async deliver(postId: string, profileIds: string[], after: string | null, @MedusaContext() context: Context = {}): Promise<boolean> {
    const [post] = await sql(context).execute(`select id from feed_post where id = ? and deleted_at is null for share`, [postId])
    if (!post) return false
    await this.addEntries(
      `select f.profile_id, p.id as post_id, p.author_id, p.posted_at from ${elements} as f(profile_id), feed_post p where p.id = ?`,
      [list([...profileIds].sort()), postId],
      context
    )
    if (after) await sql(context).execute(`update fan_out set after = ?, updated_at = now() where id = ?`, [after, postId])
    return true
  }

  /** Ends a fan-out that delivered to every follower. */
  @InjectTransactionManager()
  async finishFanOut(postId: string, @MedusaContext() context: Context = {}): Promise<void> {
    await sql(context).execute(`delete from fan_out where id = ?`, [postId])
  }

  /**
   * Takes over fan-outs that made no progress for `seconds` (their process died, or they failed):
   * each is claimed by one caller, which resumes it behind `after`.
   */
  @InjectTransactionManager()
  async claimStalledFanOuts(
    seconds: number,
    limit: number,
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; author_id: string; after: string | null; attempts: number }[]> {
    const rows = await sql(context).execute(
      `update fan_out set attempts = attempts + 1, updated_at = now() where id in (
         select id from fan_out where updated_at < now() - make_interval(secs => ?) and deleted_at is null
         order by updated_at limit ? for update skip locked
       ) returning id, author_id, after, attempts`,
      [seconds, limit]
    )
    return rows as { id: string; author_id: string; after: string | null; attempts: number }[]
  }

  /**
   * Puts the newest posts of authors into a profile's timeline (a new follow, or with `replace` a
   * rebuild that first empties it): up to `perAuthor` each, then the timeline is trimmed to its cap.
   * Creates the timeline when it has none.
   */
  @InjectTransactionManager()
  async backfill(
    profileId: string,
    authorIds: string[],
    perAuthor: number,
    { replace = false }: { replace?: boolean } = {},
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    await sql(context).execute(`insert into timeline (id) values (?) on conflict (id) do nothing`, [profileId])
    if (replace) {
      await sql(context).execute(`select id from timeline where id = ? for update`, [profileId])
      await sql(context).execute(`delete from timeline_entry where profile_id = ? and deleted_at is null`, [profileId])
      await sql(context).execute(`update timeline set size = 0, updated_at = now() where id = ?`, [profileId])
    }
    if (!authorIds.length) return
    await this.addEntries(
      `select ?::text as profile_id, p.id as post_id, p.author_id, p.posted_at from ${elements} as a(author_id)
       cross join lateral (select id, author_id, posted_at from feed_post where author_id = a.author_id and deleted_at is null
         order by posted_at desc, id desc limit ?) p`,
      [profileId, list(authorIds), perAuthor],
      context
    )
  }

  /** Takes an author's posts out of a profile's timeline (an unfollow). */
  @InjectTransactionManager()
  async removeAuthor(profileId: string, authorId: string, @MedusaContext() context: Context = {}): Promise<void> {
    const gone = await sql(context).execute(`delete from timeline_entry where profile_id = ? and author_id = ? and deleted_at is null returning profile_id`, [profileId, authorId])
    await this.shrink(gone.map((g) => g.profile_id as string), context)
  }

  /** Whether the profile has a timeline (built by a follow, a fan-out or a rebuild). */
  @InjectManager()
  async hasTimeline(profileId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const rows = await sql(context).execute(`select 1 from timeline where id = ? and deleted_at is null`, [profileId])
    return rows.length > 0
  }

  /**
   * A page of the following feed, newest first: the profile's timeline merged with the recent posts
   * of the high-follower authors it follows (which are not fanned out). Reads index ranges only.
   */
  @InjectManager()
  async pageFollowing(
    profileId: string,
    mergedAuthorIds: string[],
    page: { limit: number; after?: TimeCursor },
    @MedusaContext() context: Context = {}
  ): Promise<FeedPage<TimeCursor>> {
    const after = (column: string) => (page.after ? ` and (posted_at, ${column}) < (?::timestamptz, ?)` : "")
    const afterParams = page.after ? [page.after.t, page.after.id] : []
    const n = page.limit + 1
    const merged = mergedAuthorIds.length
      ? ` union (select p.id, p.posted_at from ${elements} as a(author_id) cross join lateral (
            select id, posted_at from feed_post where author_id = a.author_id and deleted_at is null${after("id")}
            order by posted_at desc, id desc limit ?) p)`
      : ""
    const rows = await sql(context).execute(
      `select id, ${exactTime("posted_at")} as t from (
         (select post_id as id, posted_at from timeline_entry where profile_id = ? and deleted_at is null${after("post_id")} order by posted_at desc, post_id desc limit ?)
         ${merged}
       ) x order by posted_at desc, id desc limit ?`,
      [profileId, ...afterParams, n, ...(mergedAuthorIds.length ? [list(mergedAuthorIds), ...afterParams, n] : []), n]
    )
    return pageOf(rows as { id: string; t: string }[], page.limit, (r) => ({ t: r.t, id: r.id }))
  }

  /** A page of explore: every post in the feed, highest score first. */
  @InjectManager()
  async pageExplore(page: { limit: number; after?: ScoreCursor }, @MedusaContext() context: Context = {}): Promise<FeedPage<ScoreCursor>> {
    const rows = await sql(context).execute(
      `select id, score as s from feed_post where deleted_at is null${page.after ? " and (score, id) < (?, ?)" : ""}
       order by score desc, id desc limit ?`,
      [...(page.after ? [page.after.s, page.after.id] : []), page.limit + 1]
    )
    return pageOf(rows as { id: string; s: number }[], page.limit, (r) => ({ s: r.s, id: r.id }))
  }

  /**
   * A page of for-you: the top of explore and the best posts on the profile's strongest topics, each
   * scored up by log2(1 + the profile's interest in its topics). Posts by `excludedAuthorIds` (the
   * profile itself and whom it follows: their posts are in its following feed) are left out. A
   * profile with no interests gets explore without those authors.
   */
  @InjectManager()
  async pageForYou(
    profileId: string,
    excludedAuthorIds: string[],
    page: { limit: number; after?: ScoreCursor },
    @MedusaContext() context: Context = {}
  ): Promise<FeedPage<ScoreCursor>> {
    const rows = await sql(context).execute(
      `with mine as (select topic, weight from interest where profile_id = ? and deleted_at is null order by weight desc limit 50),
       candidates as (
         (select id from feed_post where deleted_at is null order by score desc, id desc limit ${FOR_YOU_POOL})
         union
         (select id from feed_post where deleted_at is null and topics && (select coalesce(array_agg(topic), '{}') from mine)
          order by score desc, id desc limit ${FOR_YOU_POOL})
       ),
       scored as (
         select p.id, p.score + ln(1 + coalesce((select sum(m.weight) from mine m where m.topic = any(p.topics)), 0)) / ln(2) as s
         from candidates c join feed_post p on p.id = c.id where p.author_id <> all(${textArray})
       )
       select id, s from scored${page.after ? " where (s, id) < (?, ?)" : ""} order by s desc, id desc limit ?`,
      [profileId, list(excludedAuthorIds), ...(page.after ? [page.after.s, page.after.id] : []), page.limit + 1]
    )
    return pageOf(rows as { id: string; s: number }[], page.limit, (r) => ({ s: r.s, id: r.id }))
  }

  /**
   * Records a click on a product tagged in a post, unless the viewer made `limit.clicks` clicks in
   * the last `limit.seconds`: then nothing is written and `retry_after` says when its oldest click of
   * the window stops counting. A viewer's clicks are counted and written one at a time (a lock on the
   * viewer), so parallel requests cannot pass the limit. Only a viewer's first click on a post counts
   * towards its score; `first` says whether this was it.
   */
  @InjectTransactionManager()
  async recordClick(
    click: { post_id: string; product_id: string; viewer: string },
    limit: { clicks: number; seconds: number },
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; first: boolean } | { retry_after: number }> {
    await sql(context).execute(`select pg_advisory_xact_lock(hashtext(?))`, [`product_click:${click.viewer}`])
    const [recent] = await sql(context).execute(
      `select count(*)::int as count, coalesce(ceil(extract(epoch from min(created_at) + make_interval(secs => ?) - now())), 0)::int as retry_after
       from product_click where viewer = ? and deleted_at is null and created_at > now() - make_interval(secs => ?)`,
      [limit.seconds, click.viewer, limit.seconds]
    )
    if ((recent.count as number) >= limit.clicks) return { retry_after: Math.max(1, recent.retry_after as number) }
    const [earlier] = await sql(context).execute(`select 1 from product_click where post_id = ? and viewer = ? and deleted_at is null limit 1`, [
      click.post_id,
      click.viewer,
    ])
    const [row] = await sql(context).execute(
      `insert into product_click (id, post_id, product_id, viewer) values (${newId("pclk")}, ?, ?, ?) returning id`,
      [click.post_id, click.product_id, click.viewer]
    )
    if (!earlier) {
      await sql(context).execute(`update feed_post set clicks = clicks + 1 where id = ?`, [click.post_id])
      await this.rescore([click.post_id], context)
    }
    return { id: row.id as string, first: !earlier }
  }

  /** Takes a recorded click back (undoing `recordClick`). */
  @InjectTransactionManager()
  async removeClick(click: { id: string; post_id: string; first: boolean }, @MedusaContext() context: Context = {}): Promise<void> {
    await sql(context).execute(`delete from product_click where id = ?`, [click.id])
    if (click.first) {
      await sql(context).execute(`update feed_post set clicks = greatest(clicks - 1, 0) where id = ?`, [click.post_id])
      await this.rescore([click.post_id], context)
    }
  }

  /**
   * Counts an order on the posts that tag its products and were posted within the trending window
   * before it, once per order and post (a repeated event counts nothing); returns the posts counted.
   */
  @InjectTransactionManager()
  async recordPurchase(orderId: string, productIds: string[], @MedusaContext() context: Context = {}): Promise<string[]> {
    if (!productIds.length) return []
    const rows = await sql(context).execute(
      `with added as (
         insert into post_purchase (id, post_id, order_id)
         select ${newId("ppur")}, id, ? from feed_post where product_ids && ${textArray} and deleted_at is null
           and posted_at > now() - make_interval(days => ?) order by id
         on conflict (post_id, order_id) where deleted_at is null do nothing returning post_id
       )
       update feed_post set purchases = purchases + 1 where id in (select post_id from added) returning id`,
      [orderId, list(productIds), this.options_.trending_days]
    )
    const ids = rows.map((r) => r.id as string)
    await this.rescore(ids, context)
    return ids
  }

  /** Adds to a profile's interest in topics (`#hashtag`, `category:<id>`). */
  @InjectTransactionManager()
  async addInterest(profileId: string, topics: string[], weight: number, @MedusaContext() context: Context = {}): Promise<void> {
    if (!topics.length || !weight) return
    await sql(context).execute(
      `insert into interest (id, profile_id, topic, weight) select ${newId("int")}, ?, t, ? from ${elements} as t order by t
       on conflict (profile_id, topic) where deleted_at is null do update set weight = interest.weight + excluded.weight, updated_at = now()`,
      [profileId, weight, list([...new Set(topics)].sort())]
    )
  }

  /**
   * Replaces a profile's interests (a rebuild derives them from its likes and comments). An engagement
   * recorded meanwhile may insert a topic after the delete; the rebuilt weight wins, as it counts it.
   */
  @InjectTransactionManager()
  async replaceInterests(profileId: string, interests: { topic: string; weight: number }[], @MedusaContext() context: Context = {}): Promise<void> {
    await sql(context).execute(`delete from interest where profile_id = ?`, [profileId])
    if (!interests.length) return
    await sql(context).execute(
      `insert into interest (id, profile_id, topic, weight)
       select ${newId("int")}, ?, topic, weight from jsonb_to_recordset(?::jsonb) as x(topic text, weight float8) order by topic
       on conflict (profile_id, topic) where deleted_at is null do update set weight = excluded.weight, updated_at = now()`,
      [profileId, list(interests)]
    )
  }

  /**
   * Recomputes the heat of hashtags from their posts in the trending window: log2 of the sum of
   * 2^score. Only the given tags (`#tag`), or all of them; a tag with no post in the window goes.
   */
  @InjectTransactionManager()
  async refreshHashtags(tags: string[] | null, @MedusaContext() context: Context = {}): Promise<void> {
    if (tags && !tags.length) return
    // An upsert, so that refreshes of the same tag running at once do not collide.
    await sql(context).execute(
      `with heat as (
         select substr(topic, 2) as id, max(top) + ln(sum(exp((score - top) * ln(2)))) / ln(2) as score, count(*) as posts_count
         from (
           select topic, score, max(score) over (partition by topic) as top
           from feed_post, unnest(topics) as topic
           where deleted_at is null and posted_at > now() - make_interval(days => ?) and topic like '#%'${tags ? ` and topic = any(${textArray})` : ""}
         ) x group by topic
       ), kept as (
         insert into trending_hashtag (id, score, posts_count) select id, score, posts_count from heat order by id
         on conflict (id) do update set score = excluded.score, posts_count = excluded.posts_count, updated_at = now()
         returning id
       )
       delete from trending_hashtag where ${tags ? `id = any(${textArray}) and ` : ""}id not in (select id from kept)`,
      [this.options_.trending_days, ...(tags ? [list(tags), list(tags.map((t) => t.slice(1)))] : [])]
    )
  }

  /** Ids of posts in the trending window, oldest id first, for the trending job to recount in pages. */
  @InjectManager()
  async recentPostIds(after: string | null, limit: number, @MedusaContext() context: Context = {}): Promise<string[]> {
    const rows = await sql(context).execute(
      `select id from feed_post where deleted_at is null and posted_at > now() - make_interval(days => ?)${after ? " and id > ?" : ""}
       order by id limit ?`,
      [this.options_.trending_days, ...(after ? [after] : []), limit]
    )
    return rows.map((r) => r.id as string)
  }

  // Scores posts with the ranking provider and stores the scores.
  private async rescore(ids: string[], context: Context) {
    if (!ids.length) return
    const rows = (await sql(context).execute(
      `select id, likes, comments, clicks, purchases, posted_at from feed_post where id = any(${textArray})`,
      [list(ids)]
    )) as unknown as (Omit<PostSignals, "posted_at"> & { posted_at: Date | string })[]
    const ranking = this.ranking()
    const scores = rows.map((r) => ({ id: r.id, score: ranking.score({ ...r, posted_at: new Date(r.posted_at) }) }))
    await sql(context).execute(
      `update feed_post f set score = x.score from jsonb_to_recordset(?::jsonb) as x(id text, score float8) where f.id = x.id`,
      [JSON.stringify(scores)]
    )
  }

  // Inserts timeline entries from a query of (profile_id, post_id, author_id, posted_at) into the
  // timelines that exist (a profile without one reads by the pull query until a follow or a rebuild
  // builds it whole, as Twitter only appends to cached timelines), counts them on their timelines
  // (locked in profile order, so concurrent fan-outs never deadlock) and trims every timeline that
  // went over the cap by its oldest entries.
  private async addEntries(select: string, params: unknown[], context: Context) {
    const sizes = await sql(context).execute(
      `with added as (
         insert into timeline_entry (id, profile_id, post_id, author_id, posted_at)
         select ${newId("tle")}, s.profile_id, s.post_id, s.author_id, s.posted_at from (${select}) s
         where exists (select 1 from timeline t where t.id = s.profile_id and t.deleted_at is null) order by s.profile_id
         on conflict (profile_id, post_id) where deleted_at is null do nothing returning profile_id
       )
       insert into timeline (id, size) select profile_id, count(*) from added group by profile_id order by profile_id
       on conflict (id) do update set size = timeline.size + excluded.size, updated_at = now()
       returning id, size`,
      params
    )
    const cap = this.options_.timeline_cap
    const over = sizes.filter((s) => (s.size as number) > cap)
    if (!over.length) return
    const gone = await sql(context).execute(
      `delete from timeline_entry t using (
         select e.id from jsonb_to_recordset(?::jsonb) as o(id text, n int)
         cross join lateral (select id from timeline_entry where profile_id = o.id and deleted_at is null order by posted_at asc, post_id asc limit o.n) e
       ) old where t.id = old.id returning t.profile_id`,
      [JSON.stringify(over.map((o) => ({ id: o.id, n: (o.size as number) - cap })))]
    )
    await this.shrink(gone.map((g) => g.profile_id as string), context)
  }

  // Uncounts removed entries on their timelines, locking them in profile order like addEntries.
  private async shrink(profileIds: string[], context: Context) {
    if (!profileIds.length) return
    const counts = new Map<string, number>()
    for (const id of profileIds) counts.set(id, (counts.get(id) ?? 0) + 1)
    const ids = [...counts.keys()].sort()
    await sql(context).execute(`select id from timeline where id = any(${textArray}) order by id for update`, [list(ids)])
    await sql(context).execute(
      `update timeline t set size = t.size - x.n, updated_at = now() from jsonb_to_recordset(?::jsonb) as x(id text, n int) where t.id = x.id`,
      [list(ids.map((id) => ({ id, n: counts.get(id) })))]
    )
  }
}

// How many of the best-scored posts, and of the best on the profile's topics, for-you picks from.
const FOR_YOU_POOL = 500

function pageOf<R extends { id: string }, C>(rows: R[], limit: number, cursor: (row: R) => C): FeedPage<C> {
  const shown = rows.slice(0, limit)
  return { ids: shown.map((r) => r.id), next: rows.length > limit ? cursor(shown[shown.length - 1]) : null }
}

export default FeedModuleService
