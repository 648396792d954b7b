import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService, { PostStatus } from "../../../modules/social/service"
import type { Actor } from "../author-profile"

const notFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Post with id: ${id} was not found`)

/** The actor's profile id, if it has a profile (a customer's or a seller's). */
export async function actorProfileId(container: { resolve: <T>(key: string) => T }, actor: Actor): Promise<string | undefined> {
  const query = container.resolve<{ graph: (q: object) => Promise<{ data: { profile?: { id: string } | null }[] }> }>(
    ContainerRegistrationKeys.QUERY
  )
  const { data } = await query.graph({ entity: actor.type, fields: ["profile.id"], filters: { id: actor.id } })
  return data[0]?.profile?.id
}

/**
 * The post the actor wrote, unless it is deleted. Anyone else's post is "not found", as if it did
 * not exist, so ids of other people's posts cannot be probed.
 */
export const ownPostStep = createStep("own-post", async ({ actor, post_id }: { actor: Actor; post_id: string }, { container }) => {
  const profileId = await actorProfileId(container, actor)
  const [post] = await container.resolve<SocialModuleService>(SOCIAL_MODULE).listPosts(
    { id: post_id, profile_id: profileId ?? "-", status: ["published", "hidden"] },
    { select: ["id", "profile_id", "status", "caption"] }
  )
  if (!post) throw notFound(post_id)
  return new StepResponse(post)
})

/**
 * A post in one of the statuses, else "not found": published for what others may like, comment on or
 * report; published or hidden for what an operator may hide or restore (a deleted post is gone).
 */
export const postInStatusStep = createStep(
  "post-in-status",
  async ({ post_id, status }: { post_id: string; status: PostStatus[] }, { container }) => {
    const [post] = await container.resolve<SocialModuleService>(SOCIAL_MODULE).listPosts({ id: post_id, status }, { select: ["id"] })
    if (!post) throw notFound(post_id)
    return new StepResponse(post)
  }
)

/** The actor's profile id, or undefined when it has none yet (nothing of its own to act on). */
export const actorProfileIdStep = createStep("actor-profile-id", async (actor: Actor, { container }) => {
  return new StepResponse(await actorProfileId(container, actor))
})
