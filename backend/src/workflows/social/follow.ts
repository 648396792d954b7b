import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { setFollowStep } from "./steps/follow"
import { upsertCustomerProfileStep } from "./steps/upsert-customer-profile"

/**
 * A customer follows (or unfollows) a profile by handle; its own profile is created on this first
 * social action if it has none. Repeating the request changes nothing and emits nothing.
 */
export const setFollowWorkflow = createWorkflow(
  "set-follow",
  (input: { customer_id: string; handle: string; follow: boolean }) => {
    // One customer, one profile: concurrent first actions of the same customer wait for each other.
    acquireLockStep({ key: transform({ input }, ({ input }) => `profile:${input.customer_id}`), timeout: 10, ttl: 30 })
    const own = upsertCustomerProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, fields: {} })))
    releaseLockStep({ key: transform({ input }, ({ input }) => `profile:${input.customer_id}`) })
    const result = setFollowStep(
      transform({ input, own }, ({ input, own }) => ({ follower_id: own.profile.id, handle: input.handle, follow: input.follow }))
    )
    when({ own }, ({ own }) => own.created).then(() => {
      emitEventStep({
        eventName: SocialEvents.PROFILE_CREATED,
        data: transform({ own }, ({ own }) => ({ id: own.profile.id })),
      }).config({ name: "emit-profile-created" })
    })
    when({ result }, ({ result }) => result.changed).then(() => {
      emitEventStep({
        eventName: transform({ input }, ({ input }) => (input.follow ? SocialEvents.FOLLOW_CREATED : SocialEvents.FOLLOW_DELETED)),
        data: transform({ own, result }, ({ own, result }) => ({ follower_id: own.profile.id, followed_id: result.followed_id })),
      }).config({ name: "emit-follow-changed" })
    })
    return new WorkflowResponse(result)
  }
)
