import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { categoryTopic, isHashtagTopic } from "../../../modules/feed/topics"
import { actorProfileId } from "../../social/steps/post-access"
import { INTEREST } from "./engagement"
import { productCategories } from "./post-index"

/**
 * Counts an order on the recent posts that tag its products (once per order and post), scores them
 * again, reheats their hashtags, and adds to the buyer's interest in the products' categories.
 */
export const recordPurchaseStep = createStep("record-feed-purchase", async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const feed = container.resolve<FeedModuleService>(FEED_MODULE)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "items.product_id"],
    filters: { id: order_id },
  })
  const order = orders[0]
  if (!order) return new StepResponse(null)
  const productIds = [...new Set((order.items ?? []).flatMap((i) => (i?.product_id ? [i.product_id] : [])))]
  const postIds = await feed.recordPurchase(order.id, productIds)
  if (postIds.length) {
    const posts = await feed.listFeedPosts({ id: postIds }, { select: ["id", "topics"] })
    await feed.refreshHashtags([...new Set(posts.flatMap((p) => (p.topics as string[]).filter(isHashtagTopic)))])
  }
  const profileId = order.customer_id ? await actorProfileId(container, { type: "customer", id: order.customer_id }) : undefined
  if (profileId && productIds.length) {
    const categories = await productCategories(container, productIds)
    await feed.addInterest(profileId, [...categories.values()].flat().map(categoryTopic), INTEREST.purchase)
  }
  return new StepResponse({ order_id, post_ids: postIds })
})
