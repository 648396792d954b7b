import { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { Follow } from "./models/follow"
import { Hashtag } from "./models/hashtag"
import { Post } from "./models/post"
import { PostComment } from "./models/post-comment"
import { PostImage } from "./models/post-image"
import { PostLike } from "./models/post-like"
import { PostReport } from "./models/post-report"
import { PostTag } from "./models/post-tag"
import { Profile } from "./models/profile"

type Sql = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
const sql = (context: Context) => context.transactionManager as Sql

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

  /** Soft-deletes a comment and its replies and uncounts them; returns how many went. */
  @InjectTransactionManager()
  async removeComment(commentId: string, @MedusaContext() context: Context = {}): Promise<number> {
    const removed = await sql(context).execute(
      `update post_comment set deleted_at = now() where (id = ? or parent_id = ?) and deleted_at is null returning post_id`,
      [commentId, commentId]
    )
    if (removed.length) {
      await sql(context).execute(`update post set comments_count = comments_count - ? where id = ?`, [removed.length, removed[0].post_id])
    }
    return removed.length
  }

  /** Recounts a profile's published posts (after a post is created, hidden, restored or deleted). */
  @InjectTransactionManager()
  async recountPosts(profileId: string, @MedusaContext() context: Context = {}): Promise<void> {
    await sql(context).execute(
      `update profile set posts_count = (select count(*) from post where profile_id = ? and status = 'published' and deleted_at is null) where id = ?`,
      [profileId, profileId]
    )
  }

  private async moveFollowCounts(followerId: string, followedId: string, by: 1 | -1, context: Context) {
    await sql(context).execute(`update profile set following_count = following_count + ? where id = ?`, [by, followerId])
    await sql(context).execute(`update profile set followers_count = followers_count + ? where id = ?`, [by, followedId])
  }
}

export default SocialModuleService
