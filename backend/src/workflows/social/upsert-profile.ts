import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorProfile } from "./author-profile"
import { ProfileFields } from "./steps/upsert-customer-profile"

/** Creates or updates a customer's own profile (`POST /store/profiles/me`). */
export const upsertCustomerProfileWorkflow = createWorkflow(
  "upsert-customer-profile",
  (input: { customer_id: string; fields: ProfileFields }) => {
    const actor = transform({ input }, ({ input }) => ({ type: "customer" as const, id: input.customer_id }))
    return new WorkflowResponse(authorProfile(actor, input.fields))
  }
)
