import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { isHashtagTopic } from "../../../modules/feed/topics"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

export type Engagement = "like" | "comment" | "product_click"

/**
 * How much one engagement adds to the profile's interest in each of the post's topics, and a
 * purchase to the buyer's interest in each of the bought products' categories.
 */
export const INTEREST = { like: 1, comment: 2, product_click: 3, purchase: 5 } as const

/**
 * Scores a post again after a like, comment or product click (counts from the social module), adds
 * to the engaging profile's interest in the post's topics and reheats the post's hashtags.
 */
export const recordEngagementStep = createStep(
  "record-feed-engagement",
  async (input: { post_id: string; profile_id?: string | null; kind: Engagement }, { container }) => {
    const feed = container.resolve<FeedModuleService>(FEED_MODULE)
    const [counts] = await container
      .resolve<SocialModuleService>(SOCIAL_MODULE)
      .listPosts({ id: input.post_id }, { select: ["id", "likes_count", "comments_count"] })
    const [post] = await feed.listFeedPosts({ id: input.post_id }, { select: ["id", "topics"] })
    if (!counts || !post) return new StepResponse(null)
    await feed.setEngagement([{ id: post.id, likes: counts.likes_count, comments: counts.comments_count }])
    if (input.profile_id) await feed.addInterest(input.profile_id, post.topics as string[], INTEREST[input.kind])
    await feed.refreshHashtags((post.topics as string[]).filter(isHashtagTopic))
    return new StepResponse({ id: post.id })
  }
)
