import { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { Follow } from "./models/follow"
import { Hashtag } from "./models/hashtag"
import { Post, POST_STATUSES } from "./models/post"
import { parseHashtags } from "./hashtags"
import { PostComment } from "./models/post-comment"
import { PostImage } from "./models/post-image"
import { PostLike } from "./models/post-like"
import { PostReport } from "./models/post-report"
import { PostTag } from "./models/post-tag"
import { Profile } from "./models/profile"

type Sql = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
const sql = (context: Context) => (context.transactionManager ?? context.manager) as Sql

export type TagInput = { product_id: string; x?: number | null; y?: number | null }
export type NewPost = { profile_id: string; caption: string; images: { url: string; tags?: TagInput[] }[] }
export type PostChanges = { caption?: string; images?: { id: string; tags: TagInput[] }[] }
export type PostStatus = (typeof POST_STATUSES)[number]
/** A page of a newest-first list: the ids shown and where the next page starts (null on the last). */
export type Page = { ids: string[]; next: Cursor | null }
/** A row's position in a newest-first list; `t` is its exact creation time (ISO, microseconds). */
export type Cursor = { t: string; id: string }

/** A post as readers see it (`postViews`). */
export type PostView = {
  id: string
  status: PostStatus
  caption: string
  created_at: Date
  updated_at: Date
  likes_count: number
  comments_count: number
  liked_by_me: boolean
  author: { id: string; handle: string; display_name: string; avatar_url: string | null; kind: string }
  hashtags: string[]
  images: { id: string; url: string; tags: { id: string; product_id: string; x: number | null; y: number | null }[] }[]
}

const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ")

/**
 * Social data. Likes, follows and comments change a row and the count it feeds in one transaction:
 * the insert is a no-op when the row exists (unique index), and the count moves only when a row
 * really was added or removed, so counts stay exact under concurrent and repeated requests.
 */
class SocialModuleService extends MedusaService({
  Profile,
  Post,
  PostImage,
  PostTag,
  Hashtag,
  PostLike,
  PostComment,
  Follow,
  PostReport,
}) {
  /** Likes a post; false when the profile already liked it. */
  @InjectTransactionManager()
  async like(postId: string, profileId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const added = await sql(context).execute(
      `insert into post_like (id, post_id, profile_id) values (?, ?, ?) on conflict do nothing returning id`,
      [generateEntityId(undefined, "like"), postId, profileId]
    )
    if (added.length) await sql(context).execute(`update post set likes_count = likes_count + 1 where id = ?`, [postId])
    return added.length > 0
  }

  /** Takes a like back; false when there was none. */
  @InjectTransactionManager()
  async unlike(postId: string, profileId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const removed = await sql(context).execute(
      `delete from post_like where post_id = ? and profile_id = ? and deleted_at is null returning id`,
      [postId, profileId]
    )
    if (removed.length) await sql(context).execute(`update post set likes_count = likes_count - 1 where id = ?`, [postId])
    return removed.length > 0
  }

  /** Follows a profile; false when already following. */
  @InjectTransactionManager()
  async follow(followerId: string, followedId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    if (followerId === followedId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "handle: a profile cannot follow itself")
    }
    const added = await sql(context).execute(
      `insert into follow (id, follower_id, followed_id) values (?, ?, ?) on conflict do nothing returning id`,
      [generateEntityId(undefined, "fol"), followerId, followedId]
    )
    if (added.length) await this.moveFollowCounts(followerId, followedId, 1, context)
    return added.length > 0
  }

  /** Stops following; false when not following. */
  @InjectTransactionManager()
  async unfollow(followerId: string, followedId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const removed = await sql(context).execute(
      `delete from follow where follower_id = ? and followed_id = ? and deleted_at is null returning id`,
      [followerId, followedId]
    )
    if (removed.length) await this.moveFollowCounts(followerId, followedId, -1, context)
    return removed.length > 0
  }

  /** Adds a comment (or a reply) and counts it on the post. */
  @InjectTransactionManager()
  async addComment(
    input: { post_id: string; profile_id: string; body: string; parent_id?: string | null },
    @MedusaContext() context: Context = {}
  ): Promise<string> {
    const id = generateEntityId(undefined, "cmt")
    await sql(context).execute(
      `insert into post_comment (id, post_id, profile_id, body, parent_id) values (?, ?, ?, ?, ?)`,
      [id, input.post_id, input.profile_id, input.body, input.parent_id ?? null]
    )
    await sql(context).execute(`update post set comments_count = comments_count + 1 where id = ?`, [input.post_id])
    return id
  }

  /** Soft-deletes a comment and its replies and uncounts them; returns the ids that went. */
  @InjectTransactionManager()
  async removeComment(commentId: string, @MedusaContext() context: Context = {}): Promise<string[]> {
    const removed = await sql(context).execute(
      `update post_comment set deleted_at = now() where (id = ? or parent_id = ?) and deleted_at is null returning id, post_id`,
      [commentId, commentId]
    )
    if (removed.length) {
      await sql(context).execute(`update post set comments_count = comments_count - ? where id = ?`, [removed.length, removed[0].post_id])
    }
    return removed.map((r) => r.id as string)
  }

  /** Brings soft-deleted comments back and counts them again (undoing a removal). */
  @InjectTransactionManager()
  async restoreComments(commentIds: string[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!commentIds.length) return
    const restored = await sql(context).execute(
      `update post_comment set deleted_at = null where id in (${marks(commentIds.length)}) and deleted_at is not null returning post_id`,
      commentIds
    )
    if (restored.length) {
      await sql(context).execute(`update post set comments_count = comments_count + ? where id = ?`, [restored.length, restored[0].post_id])
    }
  }

  /** Recounts a profile's published posts (after a post is created, hidden, restored or deleted). */
  @InjectTransactionManager()
  async recountPosts(profileId: string, @MedusaContext() context: Context = {}): Promise<void> {
    await sql(context).execute(
      `update profile set posts_count = (select count(*) from post where profile_id = ? and status = 'published' and deleted_at is null) where id = ?`,
      [profileId, profileId]
    )
  }

  /** Writes a post with its images, tags and hashtags and counts it on its author; returns its id. */
  @InjectTransactionManager()
  async createPost(input: NewPost, @MedusaContext() context: Context = {}): Promise<string> {
    const id = generateEntityId(undefined, "post")
    await sql(context).execute(`insert into post (id, profile_id, caption) values (?, ?, ?)`, [id, input.profile_id, input.caption])
    for (const [rank, image] of input.images.entries()) {
      const imageId = generateEntityId(undefined, "pimg")
      await sql(context).execute(`insert into post_image (id, post_id, url, rank) values (?, ?, ?, ?)`, [imageId, id, image.url, rank])
      await this.insertTags(id, imageId, image.tags ?? [], context)
    }
    await this.tagPost(id, input.caption, context)
    await this.recountPosts(input.profile_id, context)
    return id
  }

  /** Changes a post's caption (and so its hashtags) and replaces the tags of the images named. */
  @InjectTransactionManager()
  async updatePost(id: string, changes: PostChanges, @MedusaContext() context: Context = {}): Promise<void> {
    if (changes.caption !== undefined) {
      await sql(context).execute(`update post set caption = ?, updated_at = now() where id = ?`, [changes.caption, id])
      await sql(context).execute(`delete from post_hashtag where post_id = ?`, [id])
      await this.tagPost(id, changes.caption, context)
    }
    for (const image of changes.images ?? []) {
      await sql(context).execute(`delete from post_tag where image_id = ?`, [image.id])
      await this.insertTags(id, image.id, image.tags, context)
    }
    if (changes.images?.length) await sql(context).execute(`update post set updated_at = now() where id = ?`, [id])
  }

  /** Publishes, hides or deletes a post and recounts its author's posts; returns the previous status. */
  @InjectTransactionManager()
  async setPostStatus(id: string, status: PostStatus, @MedusaContext() context: Context = {}): Promise<PostStatus> {
    const [before] = await sql(context).execute(`select status, profile_id from post where id = ? for update`, [id])
    await sql(context).execute(`update post set status = ?, updated_at = now() where id = ?`, [status, id])
    await this.recountPosts(before.profile_id as string, context)
    return before.status as PostStatus
  }

  /** Removes a post and everything under it for good (undoing a creation); recounts its author. */
  @InjectTransactionManager()
  async destroyPost(id: string, @MedusaContext() context: Context = {}): Promise<void> {
    const [post] = await sql(context).execute(`select profile_id from post where id = ?`, [id])
    if (!post) return
    for (const table of ["post_hashtag", "post_tag", "post_image", "post_like", "post_comment", "post_report"]) {
      await sql(context).execute(`delete from ${table} where post_id = ?`, [id])
    }
    await sql(context).execute(`delete from post where id = ?`, [id])
    await this.recountPosts(post.profile_id as string, context)
  }

  /** Files a profile's report of a post, once: a repeated report returns the open one. */
  @InjectTransactionManager()
  async report(
    input: { post_id: string; profile_id: string; reason: string; note?: string | null },
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    const id = generateEntityId(undefined, "prep")
    const added = await sql(context).execute(
      `insert into post_report (id, post_id, profile_id, reason, note) values (?, ?, ?, ?, ?)
       on conflict (post_id, profile_id) where status = 'open' and deleted_at is null do nothing returning id`,
      [id, input.post_id, input.profile_id, input.reason, input.note ?? null]
    )
    if (added.length) return { id, created: true }
    const [open] = await sql(context).execute(
      `select id from post_report where post_id = ? and profile_id = ? and status = 'open' and deleted_at is null`,
      [input.post_id, input.profile_id]
    )
    return { id: open.id as string, created: false }
  }

  /**
   * Published posts, newest first: a profile's, a hashtag's, those tagging a product, or a profile's
   * own and those of whom it follows (`followed_by`: a join of follows and posts).
   */
  @InjectManager()
  async pagePosts(
    of: { profile_id: string } | { tag: string } | { product_id: string } | { followed_by: string },
    page: { limit: number; after?: Cursor },
    @MedusaContext() context: Context = {}
  ): Promise<Page> {
    const [where, param] =
      "profile_id" in of
        ? ["x.profile_id = ?", of.profile_id]
        : "tag" in of
          ? ["x.id in (select ph.post_id from post_hashtag ph join hashtag h on h.id = ph.hashtag_id where h.tag = ? and h.deleted_at is null)", of.tag]
          : "product_id" in of
            ? ["x.id in (select t.post_id from post_tag t where t.product_id = ? and t.deleted_at is null)", of.product_id]
            : ["(x.profile_id = ? or x.profile_id in (select f.followed_id from follow f where f.follower_id = ? and f.deleted_at is null))", of.followed_by]
    const params = "followed_by" in of ? [param, param] : [param]
    return this.page(`post x where ${where} and x.status = 'published' and x.deleted_at is null`, params, page, context)
  }

  /** A profile's followers in id order, the first `limit` after `after` (fan-out batches). */
  @InjectManager()
  async followerIds(profileId: string, after: string | null, limit: number, @MedusaContext() context: Context = {}): Promise<string[]> {
    const rows = await sql(context).execute(
      `select follower_id from follow where followed_id = ? and deleted_at is null${after ? " and follower_id > ?" : ""} order by follower_id limit ?`,
      [profileId, ...(after ? [after] : []), limit]
    )
    return rows.map((r) => r.follower_id as string)
  }

  /** The profiles a profile follows; with `minFollowers`, only those with more followers than that. */
  @InjectManager()
  async followedIds(profileId: string, minFollowers?: number, @MedusaContext() context: Context = {}): Promise<string[]> {
    const rows = await sql(context).execute(
      `select f.followed_id from follow f${minFollowers === undefined ? "" : " join profile p on p.id = f.followed_id and p.followers_count > ?"}
       where f.follower_id = ? and f.deleted_at is null`,
      [...(minFollowers === undefined ? [] : [minFollowers]), profileId]
    )
    return rows.map((r) => r.followed_id as string)
  }

  /** A post's comments (or a comment's replies), newest first. */
  @InjectManager()
  async pageComments(
    postId: string,
    parentId: string | null,
    page: { limit: number; after?: Cursor },
    @MedusaContext() context: Context = {}
  ): Promise<Page> {
    const parent = parentId ? "x.parent_id = ?" : "x.parent_id is null"
    return this.page(
      `post_comment x where x.post_id = ? and ${parent} and x.deleted_at is null`,
      parentId ? [postId, parentId] : [postId],
      page,
      context
    )
  }

  /** Follow rows of a profile's followers or of those it follows, newest first. */
  @InjectManager()
  async pageFollows(
    profileId: string,
    direction: "followers" | "following",
    page: { limit: number; after?: Cursor },
    @MedusaContext() context: Context = {}
  ): Promise<Page> {
    const column = direction === "followers" ? "followed_id" : "follower_id"
    return this.page(`follow x where x.${column} = ? and x.deleted_at is null`, [profileId], page, context)
  }

  /** Reports with a status, newest first (the operators' queue). */
  @InjectManager()
  async pageReports(status: string, page: { limit: number; after?: Cursor }, @MedusaContext() context: Context = {}): Promise<Page> {
    return this.page(`post_report x where x.status = ? and x.deleted_at is null`, [status], page, context)
  }

  /**
   * Posts by id as readers see them, in one query: author, images (by rank) with their product tags,
   * hashtags (code-point order) and whether `viewerId` likes each. Ids not found are left out.
   */
  @InjectManager()
  async postViews(ids: string[], viewerId: string | undefined, @MedusaContext() context: Context = {}): Promise<PostView[]> {
    if (!ids.length) return []
    const rows = await sql(context).execute(
      `select p.id, p.status, p.caption, p.created_at, p.updated_at, p.likes_count, p.comments_count,
         exists (select 1 from post_like l where l.post_id = p.id and l.profile_id = ? and l.deleted_at is null) as liked_by_me,
         json_build_object('id', a.id, 'handle', a.handle, 'display_name', a.display_name, 'avatar_url', a.avatar_url, 'kind', a.kind) as author,
         coalesce((select array_agg(h.tag order by h.tag collate "C") from post_hashtag ph join hashtag h on h.id = ph.hashtag_id
           where ph.post_id = p.id and h.deleted_at is null), '{}') as hashtags,
         coalesce((select json_agg(json_build_object('id', i.id, 'url', i.url, 'tags', coalesce(
             (select json_agg(json_build_object('id', t.id, 'product_id', t.product_id, 'x', t.x, 'y', t.y) order by t.rank, t.id)
              from post_tag t where t.image_id = i.id and t.deleted_at is null), '[]'::json)) order by i.rank)
           from post_image i where i.post_id = p.id and i.deleted_at is null), '[]'::json) as images
       from post p join profile a on a.id = p.profile_id
       where p.id in (${marks(ids.length)}) and p.deleted_at is null`,
      [viewerId ?? "", ...ids]
    )
    return rows as unknown as PostView[]
  }

  /** How many open reports each of the posts has. */
  @InjectManager()
  async countOpenReports(postIds: string[], @MedusaContext() context: Context = {}): Promise<Map<string, number>> {
    if (!postIds.length) return new Map()
    const rows = await sql(context).execute(
      `select post_id, count(*)::int as n from post_report where post_id in (${marks(postIds.length)}) and status = 'open' and deleted_at is null group by post_id`,
      postIds
    )
    return new Map(rows.map((r) => [r.post_id as string, r.n as number]))
  }

  /** How many live replies each of the comments has. */
  @InjectManager()
  async countReplies(commentIds: string[], @MedusaContext() context: Context = {}): Promise<Map<string, number>> {
    if (!commentIds.length) return new Map()
    const rows = await sql(context).execute(
      `select parent_id, count(*)::int as n from post_comment where parent_id in (${marks(commentIds.length)}) and deleted_at is null group by parent_id`,
      commentIds
    )
    return new Map(rows.map((r) => [r.parent_id as string, r.n as number]))
  }

  // Keyset pagination on (created_at, id); the exact timestamp is kept as text because a JS Date
  // would drop the microseconds and skip rows created within the same millisecond.
  private async page(from: string, params: unknown[], page: { limit: number; after?: Cursor }, context: Context): Promise<Page> {
    const after = page.after ? ` and (x.created_at, x.id) < (?::timestamptz, ?)` : ""
    const rows = await sql(context).execute(
      `select x.id, to_char(x.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t from ${from}${after}
       order by x.created_at desc, x.id desc limit ?`,
      [...params, ...(page.after ? [page.after.t, page.after.id] : []), page.limit + 1]
    )
    const shown = rows.slice(0, page.limit) as { id: string; t: string }[]
    const last = shown[shown.length - 1]
    return { ids: shown.map((r) => r.id), next: rows.length > page.limit ? { t: last.t, id: last.id } : null }
  }

  private async insertTags(postId: string, imageId: string, tags: TagInput[], context: Context) {
    for (const [rank, tag] of tags.entries()) {
      await sql(context).execute(`insert into post_tag (id, post_id, image_id, product_id, rank, x, y) values (?, ?, ?, ?, ?, ?, ?)`, [
        generateEntityId(undefined, "ptag"),
        postId,
        imageId,
        tag.product_id,
        rank,
        tag.x ?? null,
        tag.y ?? null,
      ])
    }
  }

  // Hashtags are shared rows: concurrent posts with a new tag both insert it, the loser does nothing.
  private async tagPost(postId: string, caption: string, context: Context) {
    const tags = parseHashtags(caption)
    if (!tags.length) return
    for (const tag of tags) {
      await sql(context).execute(`insert into hashtag (id, tag) values (?, ?) on conflict (tag) where deleted_at is null do nothing`, [
        generateEntityId(undefined, "htag"),
        tag,
      ])
    }
    await sql(context).execute(
      `insert into post_hashtag (post_id, hashtag_id) select ?, id from hashtag where tag in (${marks(tags.length)}) and deleted_at is null`,
      [postId, ...tags]
    )
  }

  private async moveFollowCounts(followerId: string, followedId: string, by: 1 | -1, context: Context) {
    await sql(context).execute(`update profile set following_count = following_count + ? where id = ?`, [by, followerId])
    await sql(context).execute(`update profile set followers_count = followers_count + ? where id = ?`, [by, followedId])
  }
}

export default SocialModuleService
