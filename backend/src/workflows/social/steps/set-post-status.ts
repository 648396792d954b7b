import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService, { PostStatus } from "../../../modules/social/service"

/** Publishes, hides or deletes a post; the compensation gives it back its previous status. */
export const setPostStatusStep = createStep(
  "set-post-status",
  async ({ post_id, status }: { post_id: string; status: PostStatus }, { container }) => {
    const previous = await container.resolve<SocialModuleService>(SOCIAL_MODULE).setPostStatus(post_id, status)
    return new StepResponse({ id: post_id, status, previous }, { post_id, previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<SocialModuleService>(SOCIAL_MODULE).setPostStatus(undo.post_id, undo.previous)
  }
)
