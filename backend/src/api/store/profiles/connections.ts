import { MedusaContainer } from "@medusajs/framework/types"
import { CursorQueryType, encodeCursor, pageOf } from "../../cursor"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"
import { PUBLIC_PROFILE_FIELDS, publicProfile } from "./read"

/**
 * A profile's followers or the profiles it follows, newest follow first, one page after the cursor:
 * `{ profiles, next_cursor }` (null on the last page).
 */
export async function connections(container: MedusaContainer, handle: string, direction: "followers" | "following", query: CursorQueryType) {
  const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
  const profile = await publicProfile(container, handle)
  const page = await service.pageFollows(profile.id, direction, pageOf(query))
  const follows = page.ids.length ? await service.listFollows({ id: page.ids }, { select: ["id", "follower_id", "followed_id"] }) : []
  const other = new Map(follows.map((f) => [f.id, direction === "followers" ? f.follower_id : f.followed_id]))
  const ids = page.ids.map((id) => other.get(id)!)
  const profiles = ids.length ? await service.listProfiles({ id: ids }, { select: [...PUBLIC_PROFILE_FIELDS] }) : []
  return {
    profiles: ids.flatMap((id) => profiles.find((p) => p.id === id) ?? []),
    next_cursor: encodeCursor(page.next),
  }
}
