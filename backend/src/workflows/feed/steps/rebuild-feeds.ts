import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"
import { INTEREST } from "./engagement"
import { postIndexes } from "./post-index"
import { buildTimeline } from "./sync-follow"

const PAGE = 500

/**
 * Derives every feed from the social data again: indexes each published post (dropping those that
 * no longer are), builds each profile's timeline again (`buildTimeline`) and its interests from its
 * likes and comments, and recomputes trending hashtags. For a first start on existing social data,
 * and to repair feeds.
 */
export const rebuildFeedsStep = createStep("rebuild-feeds", async (_: void, { container }) => {
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  const social = container.resolve<SocialModuleService>(SOCIAL_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const published = new Set<string>()
  for (let skip = 0; ; skip += PAGE) {
    const page = await social.listPosts({ status: "published" }, { select: ["id"], order: { id: "ASC" }, skip, take: PAGE })
    if (!page.length) break
    const indexes = await postIndexes(container, page.map((p) => p.id))
    await feed.indexPosts(indexes)
    indexes.forEach((p) => published.add(p.id))
    logger.info(`feeds: ${published.size} posts indexed`)
  }
  const stale = (await feed.listFeedPosts({}, { select: ["id"] })).filter((p) => !published.has(p.id))
  for (const post of stale) await feed.removePost(post.id)

  let timelines = 0
  for (let skip = 0; ; skip += PAGE) {
    const profiles = await social.listProfiles({}, { select: ["id"], order: { id: "ASC" }, skip, take: PAGE })
    if (!profiles.length) break
    for (const { id } of profiles) {
      await buildTimeline(container, id)
      await feed.replaceInterests(id, await interestsOf(social, feed, id))
    }
    timelines += profiles.length
    logger.info(`feeds: ${timelines} timelines rebuilt`)
  }
  await feed.refreshHashtags(null)
  return new StepResponse({ posts: published.size, removed: stale.length, timelines })
})

// A profile's interest in each topic of the posts it liked or commented on (purchases are not replayed).
async function interestsOf(social: SocialModuleService, feed: FeedModuleService, profileId: string) {
  const [likes, comments] = await Promise.all([
    social.listPostLikes({ profile_id: profileId }, { select: ["post_id"] }),
    social.listPostComments({ profile_id: profileId }, { select: ["post_id"] }),
  ])
  const engaged = [
    ...likes.map((l) => ({ post_id: (l as unknown as { post_id: string }).post_id, weight: INTEREST.like })),
    ...comments.map((c) => ({ post_id: (c as unknown as { post_id: string }).post_id, weight: INTEREST.comment })),
  ]
  if (!engaged.length) return []
  const posts = await feed.listFeedPosts({ id: [...new Set(engaged.map((e) => e.post_id))] }, { select: ["id", "topics"] })
  const topics = new Map(posts.map((p) => [p.id, p.topics as string[]]))
  const weights = new Map<string, number>()
  for (const { post_id, weight } of engaged) {
    for (const topic of topics.get(post_id) ?? []) weights.set(topic, (weights.get(topic) ?? 0) + weight)
  }
  return [...weights].map(([topic, weight]) => ({ topic, weight }))
}
