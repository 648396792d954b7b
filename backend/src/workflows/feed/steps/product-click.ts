import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

type Click = { post_id: string; product_id: string; viewer: string }

/**
 * Records a click on a product tagged in a published post (404 for another post, 400 for a product
 * the post does not tag). The compensation takes the click back.
 */
export const recordProductClickStep = createStep(
  "record-product-click",
  async (click: Click, { container }) => {
    const [post] = await container
      .resolve<SocialModuleService>(SOCIAL_MODULE)
      .listPosts({ id: click.post_id, status: "published" }, { select: ["id"], relations: ["tags"] })
    if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Post with id: ${click.post_id} was not found`)
    if (!post.tags.some((t) => t.product_id === click.product_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "product_id: the post does not tag this product")
    }
    const recorded = await container.resolve<FeedModuleService>(FEED_MODULE).recordClick(click)
    return new StepResponse({ id: recorded.id, ...click }, { id: recorded.id, post_id: click.post_id, first: recorded.first })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<FeedModuleService>(FEED_MODULE).removeClick(undo)
  }
)
