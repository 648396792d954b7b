import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

type QueuedFanOut = { id: string; author_id: string; after: string | null }

/**
 * Whether a profile's posts are merged into its followers' feeds at read time instead of fanned
 * out: it has more followers than the threshold (or is gone).
 */
export async function mergedAtRead(container: MedusaContainer, profileId: string): Promise<boolean> {
  const [profile] = await container.resolve<SocialModuleService>(SOCIAL_MODULE).listProfiles({ id: profileId }, { select: ["id", "followers_count"] })
  return !profile || profile.followers_count > container.resolve<FeedModuleService>(FEED_MODULE).settings.fan_out_threshold
}

/**
 * Runs a queued fan-out from `after` (null: from the start, which also puts the post in its
 * author's own timeline): followers in profile-id order, one batch per transaction, then the
 * fan-out ends. An author with more followers than the threshold is not fanned out; followers
 * merge its posts in at read time. Returns how many followers it reached; stops early when the
 * post left the feed (hidden or deleted) meanwhile.
 */
export async function continueFanOut(container: MedusaContainer, fanOut: QueuedFanOut): Promise<number> {
  const social = container.resolve<SocialModuleService>(SOCIAL_MODULE)
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  if (fanOut.after === null && !(await feed.deliver(fanOut.id, [fanOut.author_id], null))) return 0
  let delivered = 0
  if (!(await mergedAtRead(container, fanOut.author_id))) {
    let after = fanOut.after
    for (;;) {
      const followers = await social.followerIds(fanOut.author_id, after, feed.settings.fan_out_batch)
      if (!followers.length) break
      after = followers[followers.length - 1]
      if (!(await feed.deliver(fanOut.id, followers, after))) return delivered
      delivered += followers.length
    }
  }
  await feed.finishFanOut(fanOut.id)
  return delivered
}

/**
 * Fans a post out (queued by `indexPostStep`). A fan-out is finished, never undone: if this process
 * dies, its `fan_out` row stays behind and the resume-fan-outs job carries it on from the last batch.
 */
export const fanOutStep = createStep("fan-out-post", async (post: { id: string; author_id: string }, { container }) => {
  return new StepResponse({ delivered: await continueFanOut(container, { ...post, after: null }) })
})

/**
 * Carries on fan-outs whose process died or failed (no progress for `stalled_seconds`). One that
 * fails again is logged and left for the next run; the others go on.
 */
export const resumeFanOutsStep = createStep("resume-fan-outs", async ({ stalled_seconds }: { stalled_seconds: number }, { container }) => {
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const resumed: { id: string; delivered: number }[] = []
  for (;;) {
    const claimed = await feed.claimStalledFanOuts(stalled_seconds, 20)
    if (!claimed.length) break
    for (const fanOut of claimed) {
      try {
        resumed.push({ id: fanOut.id, delivered: await continueFanOut(container, fanOut) })
      } catch (error) {
        logger.error(`feed: the fan-out of ${fanOut.id} failed again (attempt ${fanOut.attempts}): ${(error as Error).message}`)
      }
    }
  }
  return new StepResponse(resumed)
})
