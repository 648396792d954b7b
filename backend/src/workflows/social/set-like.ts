import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { Actor, authorProfile } from "./author-profile"
import { setLikeStep } from "./steps/like"
import { postInStatusStep } from "./steps/post-access"

/** The actor likes (or stops liking) a published post; repeating it changes nothing and emits nothing. */
export const setLikeWorkflow = createWorkflow("set-like", (input: { actor: Actor; post_id: string; like: boolean }) => {
  postInStatusStep({ post_id: input.post_id, status: ["published"] })
  const own = authorProfile(input.actor)
  const result = setLikeStep(
    transform({ input, own }, ({ input, own }) => ({ post_id: input.post_id, profile_id: own.profile.id, like: input.like }))
  )
  when({ input, result }, ({ input, result }) => input.like && result.changed).then(() => {
    emitEventStep({
      eventName: SocialEvents.LIKE_CREATED,
      data: transform({ input, own }, ({ input, own }) => ({ post_id: input.post_id, profile_id: own.profile.id })),
    }).config({ name: "emit-like-created" })
  })
  return new WorkflowResponse(transform({ result, own }, ({ result, own }) => ({ ...result, profile_id: own.profile.id })))
})
