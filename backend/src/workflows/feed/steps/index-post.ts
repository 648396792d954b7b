import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { isHashtagTopic } from "../../../modules/feed/topics"
import { postIndexes } from "./post-index"

/**
 * Writes the feed's copy of a post from the social module (queuing its fan-out with `fan_out`) and
 * reheats the hashtags it has or had; null when the post is not published. The copy is derived and
 * rewritten on every change of the post, so there is nothing to undo.
 */
export const indexPostStep = createStep("index-feed-post", async ({ post_id, fan_out = false }: { post_id: string; fan_out?: boolean }, { container }) => {
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  const [post] = await postIndexes(container, [post_id])
  if (!post) return new StepResponse(null)
  const [before] = await feed.listFeedPosts({ id: post_id }, { select: ["id", "topics"] })
  await feed.indexPosts([post], { fanOut: fan_out })
  await feed.refreshHashtags([...new Set([...((before?.topics as string[]) ?? []), ...post.topics])].filter(isHashtagTopic))
  return new StepResponse({ id: post.id, author_id: post.author_id })
})
