import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { requestEmailVerificationWorkflow } from "../workflows/account"

// A new customer account or seller gets the link to verify its sign-in e-mail.
export default async function requestEmailVerification({ event, container }: SubscriberArgs<{ id: string }>) {
  const actor_type = event.name === "customer.created" ? "customer" : "seller"
  await requestEmailVerificationWorkflow(container).run({ input: { actor_type, actor_id: event.data.id } })
}

export const config: SubscriberConfig = { event: ["customer.created", "seller.seller.created"] }
