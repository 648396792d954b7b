import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { Actor, authorProfile } from "./author-profile"
import { setFollowStep } from "./steps/follow"

/**
 * The actor follows (or unfollows) a profile by handle; its own profile is created on this first
 * social action if it has none. Repeating the request changes nothing and emits nothing.
 */
export const setFollowWorkflow = createWorkflow("set-follow", (input: { actor: Actor; handle: string; follow: boolean }) => {
  const own = authorProfile(input.actor)
  const result = setFollowStep(
    transform({ input, own }, ({ input, own }) => ({ follower_id: own.profile.id, handle: input.handle, follow: input.follow }))
  )
  when({ result }, ({ result }) => result.changed).then(() => {
    emitEventStep({
      eventName: transform({ input }, ({ input }) => (input.follow ? SocialEvents.FOLLOW_CREATED : SocialEvents.FOLLOW_DELETED)),
      data: transform({ result }, ({ result }) => ({ follower_id: result.follower_id, followed_id: result.followed_id })),
    }).config({ name: "emit-follow-changed" })
  })
  return new WorkflowResponse(result)
})
