import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { bookRefundsWorkflow } from "../workflows/payout"

export default async function bookRefunds({ event, container }: SubscriberArgs<{ id: string }>) {
  await bookRefundsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
