import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FEED_MODULE } from "../../../modules/feed"
import FeedModuleService from "../../../modules/feed/service"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

type Click = { post_id: string; product_id: string; viewer: string; limit: { clicks: number; seconds: number } }
export type ClickResult = { recorded: true; id: string; post_id: string; product_id: string } | { recorded: false; retry_after: number }
type Recorded = { id: string; post_id: string; first: boolean } | null

/**
 * Records a click on a product tagged in a published post (404 for another post, 400 for a product
 * the post does not tag), unless the viewer is over its limit (`retry_after`, nothing written). The
 * compensation takes the click back.
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
    const { limit, ...recorded } = click
    const result = await container.resolve<FeedModuleService>(FEED_MODULE).recordClick(recorded, limit)
    if ("retry_after" in result) return new StepResponse<ClickResult, Recorded>({ recorded: false, retry_after: result.retry_after }, null)
    return new StepResponse<ClickResult, Recorded>(
      { recorded: true, id: result.id, post_id: click.post_id, product_id: click.product_id },
      { id: result.id, post_id: click.post_id, first: result.first }
    )
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<FeedModuleService>(FEED_MODULE).removeClick(undo)
  }
)
