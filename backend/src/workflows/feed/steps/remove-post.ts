import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { isHashtagTopic } from "../../../modules/feed/topics"

/**
 * Takes a hidden or deleted post out of every feed and cools its hashtags. Restoring the post
 * indexes and fans it out again.
 */
export const removePostStep = createStep("remove-feed-post", async ({ post_id }: { post_id: string }, { container }) => {
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  const [post] = await feed.listFeedPosts({ id: post_id }, { select: ["id", "topics"] })
  await feed.removePost(post_id)
  if (post) await feed.refreshHashtags((post.topics as string[]).filter(isHashtagTopic))
  return new StepResponse({ id: post_id })
})
