import { MedusaContainer } from "@medusajs/framework/types"
import { FEED_MODULE } from "../../modules/feed"
import FeedModuleService from "../../modules/feed/service"
import { SOCIAL_MODULE } from "../../modules/social"
import SocialModuleService from "../../modules/social/service"
import { scoreCursor, timeCursor } from "../cursor"
import { FeedQueryType } from "./validators"

/**
 * The post ids of a feed page and the cursor of the next. `following`: the profile's timeline merged
 * with the high-follower authors it follows; a profile without a timeline (none was built for it
 * yet: no follow since the feeds came, no rebuild) reads its own and its followees' posts directly.
 * `for_you` leaves out the profile's own posts and those of whom it follows (they are in its
 * following feed).
 */
export async function pageFeed(container: MedusaContainer, query: FeedQueryType, profileId: string | undefined) {
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  const social = container.resolve<SocialModuleService>(SOCIAL_MODULE)
  const { limit } = query
  if (query.type === "explore") {
    const page = await feed.pageExplore({ limit, after: scoreCursor.decode(query.cursor) })
    return { ids: page.ids, next: scoreCursor.encode(page.next) }
  }
  if (query.type === "for_you") {
    const excluded = profileId ? [profileId, ...(await social.followedIds(profileId))] : []
    const page = await feed.pageForYou(profileId ?? "", excluded, { limit, after: scoreCursor.decode(query.cursor) })
    return { ids: page.ids, next: scoreCursor.encode(page.next) }
  }
  const after = timeCursor.decode(query.cursor)
  if (!profileId) return { ids: [], next: null }
  const page = (await feed.hasTimeline(profileId))
    ? await feed.pageFollowing(profileId, await social.followedIds(profileId, feed.settings.fan_out_threshold), { limit, after })
    : await social.pagePosts({ followed_by: profileId }, { limit, after })
  return { ids: page.ids, next: timeCursor.encode(page.next) }
}
