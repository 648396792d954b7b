import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

type LikeInput = { post_id: string; profile_id: string; like: boolean }

/** Likes or unlikes a post; idempotent. The compensation undoes only a change it made. */
export const setLikeStep = createStep(
  "set-like",
  async ({ post_id, profile_id, like }: LikeInput, { container }) => {
    const service = container.resolve<SocialModuleService>(SOCIAL_MODULE)
    const changed = like ? await service.like(post_id, profile_id) : await service.unlike(post_id, profile_id)
    return new StepResponse({ changed }, { post_id, profile_id, like, changed })
  },
  async (undo, { container }) => {
    if (!undo?.changed) return
    const service = container.resolve<SocialModuleService>(SOCIAL_MODULE)
    if (undo.like) await service.unlike(undo.post_id, undo.profile_id)
    else await service.like(undo.post_id, undo.profile_id)
  }
)
