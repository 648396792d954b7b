import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

const PAGE = 500

/**
 * Recounts the likes and comments of every post in the trending window from the social module (an
 * unlike or a removed comment sends no event), scores them again and recomputes trending hashtags.
 */
export const refreshTrendingStep = createStep("refresh-trending", async (_: void, { container }) => {
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  const social = container.resolve<SocialModuleService>(SOCIAL_MODULE)
  let after: string | null = null
  let posts = 0
  for (;;) {
    const ids = await feed.recentPostIds(after, PAGE)
    if (!ids.length) break
    const counts = await social.listPosts({ id: ids }, { select: ["id", "likes_count", "comments_count"] })
    await feed.setEngagement(counts.map((c) => ({ id: c.id, likes: c.likes_count, comments: c.comments_count })))
    posts += ids.length
    after = ids[ids.length - 1]
  }
  await feed.refreshHashtags(null)
  return new StepResponse({ posts })
})
