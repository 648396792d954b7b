import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

type FollowInput = { follower_id: string; handle: string; follow: boolean }

/** Follows or unfollows the profile with the handle; idempotent. The compensation undoes only a change it made. */
export const setFollowStep = createStep(
  "set-follow",
  async ({ follower_id, handle, follow }: FollowInput, { container }) => {
    const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
    const [followed] = await service.listProfiles({ handle }, { select: ["id"] })
    if (!followed) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Profile with handle: ${handle} was not found`)
    const changed = follow ? await service.follow(follower_id, followed.id) : await service.unfollow(follower_id, followed.id)
    return new StepResponse({ follower_id, followed_id: followed.id, changed }, { follower_id, followed_id: followed.id, follow, changed })
  },
  async (undo, { container }) => {
    if (!undo?.changed) return
    const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
    if (undo.follow) await service.unfollow(undo.follower_id, undo.followed_id)
    else await service.follow(undo.follower_id, undo.followed_id)
  }
)
