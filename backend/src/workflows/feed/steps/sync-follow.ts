import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"
import { mergedAtRead } from "./fan-out"

type FollowChange = { follower_id: string; followed_id: string; follow: boolean }

/**
 * A new follow puts the followed profile's recent posts (a quarter of the cap) in the follower's
 * timeline, unless its posts are merged in at read time; a follower without a timeline gets its
 * whole timeline built (half the cap from itself and from each profile it follows). An unfollow
 * takes the profile's posts out again.
 */
export const syncFollowStep = createStep("sync-follow-timeline", async (change: FollowChange, { container }) => {
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  if (!change.follow) {
    await feed.removeAuthor(change.follower_id, change.followed_id)
    return new StepResponse(change)
  }
  if (!(await feed.hasTimeline(change.follower_id))) {
    await buildTimeline(container, change.follower_id)
    return new StepResponse(change)
  }
  const merged = await mergedAtRead(container, change.followed_id)
  await feed.backfill(change.follower_id, merged ? [] : [change.followed_id], Math.ceil(feed.settings.timeline_cap / 4))
  return new StepResponse(change)
})

/**
 * Builds (or replaces) a profile's timeline from its own newest posts and those of each profile it
 * follows, half the cap each as Mastodon does; authors above the threshold stay merged at read time.
 */
export async function buildTimeline(container: MedusaContainer, profileId: string) {
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  const social = container.resolve<SocialModuleService>(SOCIAL_MODULE)
  const merged = new Set(await social.followedIds(profileId, feed.settings.fan_out_threshold))
  const authors = [profileId, ...(await social.followedIds(profileId)).filter((id) => !merged.has(id))]
  await feed.backfill(profileId, authors, Math.ceil(feed.settings.timeline_cap / 2), { replace: true })
}
