import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

export const PUBLIC_PROFILE_FIELDS = [
  "id",
  "handle",
  "display_name",
  "bio",
  "avatar_url",
  "kind",
  "posts_count",
  "followers_count",
  "following_count",
  "created_at",
] as const

/** A profile as anyone sees it, and whether the viewing profile follows it. */
export async function publicProfile(container: MedusaContainer, handle: string, viewerProfileId?: string) {
  const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
  const [profile] = await service.listProfiles({ handle }, { select: [...PUBLIC_PROFILE_FIELDS] })
  if (!profile) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Profile with handle: ${handle} was not found`)
  const followed = viewerProfileId
    ? (await service.listFollows({ follower_id: viewerProfileId, followed_id: profile.id }, { select: ["id"] })).length > 0
    : false
  return { ...profile, followed_by_me: followed }
}
