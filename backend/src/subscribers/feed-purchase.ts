import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordPurchaseWorkflow } from "../workflows/feed"

export default async function recordFeedPurchase({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPurchaseWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
