import { MedusaContainer } from "@medusajs/framework/types"
import { afterCursor, encodeCursor } from "../../cursor"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"
import { PUBLIC_PROFILE_FIELDS, publicProfile } from "./read"

/**
 * A profile's followers or the profiles it follows, newest follow first, one page after the cursor:
 * `{ profiles, next_cursor }` (null on the last page).
 */
export async function connections(
  container: MedusaContainer,
  handle: string,
  direction: "followers" | "following",
  page: { limit: number; cursor?: string }
) {
  const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
  const profile = await publicProfile(container, handle)
  const [mine, theirs] = direction === "followers" ? (["followed_id", "follower_id"] as const) : (["follower_id", "followed_id"] as const)
  const follows = await service.listFollows({ [mine]: profile.id, ...afterCursor(page.cursor) } as never, {
    take: page.limit + 1,
    order: { created_at: "DESC", id: "DESC" },
  })
  const shown = follows.slice(0, page.limit)
  const ids = shown.map((f) => f[theirs])
  const profiles = ids.length ? await service.listProfiles({ id: ids }, { select: [...PUBLIC_PROFILE_FIELDS] }) : []
  return {
    profiles: ids.map((id) => profiles.find((p) => p.id === id)).filter(Boolean),
    next_cursor: follows.length > page.limit ? encodeCursor(shown[shown.length - 1]) : null,
  }
}
