import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { ProfileFields, upsertCustomerProfileStep } from "./steps/upsert-customer-profile"

/** Creates or updates a customer's own profile (`POST /store/profiles/me`, and before any social action). */
export const upsertCustomerProfileWorkflow = createWorkflow(
  "upsert-customer-profile",
  (input: { customer_id: string; fields: ProfileFields }) => {
    // One customer, one profile: concurrent first actions of the same customer wait for each other.
    acquireLockStep({ key: transform({ input }, ({ input }) => `profile:${input.customer_id}`), timeout: 10, ttl: 30 })
    const result = upsertCustomerProfileStep(input)
    releaseLockStep({ key: transform({ input }, ({ input }) => `profile:${input.customer_id}`) })
    when({ result }, ({ result }) => result.created).then(() => {
      emitEventStep({
        eventName: SocialEvents.PROFILE_CREATED,
        data: transform({ result }, ({ result }) => ({ id: result.profile.id })),
      })
    })
    return new WorkflowResponse(result)
  }
)
