import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelSubOrdersWorkflow } from "../workflows/sub-order"

export default async function cancelSubOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelSubOrdersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
