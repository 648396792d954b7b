import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshPayoutLinesWorkflow } from "../workflows/payout"

// A capture can make delivered seller shares payable.
export default async function refreshPayoutLines({ event, container }: SubscriberArgs<{ id: string }>) {
  await refreshPayoutLinesWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.captured" }
