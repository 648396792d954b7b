import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { ProfileFields, upsertCustomerProfileStep } from "./steps/upsert-customer-profile"

/** Creates or updates a customer's own profile (`POST /store/profiles/me`). */
export const upsertCustomerProfileWorkflow = createWorkflow(
  "upsert-customer-profile",
  (input: { customer_id: string; fields: ProfileFields }) => {
    // The same lock as every first social action (author-profile.ts): one customer, one profile.
    const key = transform({ input }, ({ input }) => `profile:customer:${input.customer_id}`)
    acquireLockStep({ key, timeout: 10, ttl: 30 })
    const result = upsertCustomerProfileStep(input)
    releaseLockStep({ key })
    when({ result }, ({ result }) => result.created).then(() => {
      emitEventStep({
        eventName: SocialEvents.PROFILE_CREATED,
        data: transform({ result }, ({ result }) => ({ id: result.profile.id })),
      })
    })
    return new WorkflowResponse(result)
  }
)
