import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService, { PostChanges } from "../../../modules/social/service"

/** Applies caption and tag changes to a post; the compensation puts back the caption and tags it replaced. */
export const updatePostStep = createStep(
  "update-post",
  async ({ post_id, changes }: { post_id: string; changes: PostChanges }, { container }) => {
    const service = container.resolve<SocialModuleService>(SOCIAL_MODULE)
    const post = await service.retrievePost(post_id, { relations: ["images", "images.tags"] })
    const images = new Map(post.images.map((image) => [image.id, image]))
    for (const [i, image] of (changes.images ?? []).entries()) {
      if (!images.has(image.id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `images.${i}.id: not an image of this post`)
    }
    const previous: PostChanges = {
      caption: changes.caption === undefined ? undefined : post.caption,
      images: (changes.images ?? []).map(({ id }) => ({
        id,
        tags: images.get(id)!.tags.map(({ product_id, x, y }) => ({ product_id, x, y })),
      })),
    }
    await service.updatePost(post_id, changes)
    return new StepResponse(undefined, { post_id, previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<SocialModuleService>(SOCIAL_MODULE).updatePost(undo.post_id, undo.previous)
  }
)
