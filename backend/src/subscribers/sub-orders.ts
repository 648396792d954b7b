import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createSubOrdersWorkflow } from "../workflows/sub-order"

export default async function createSubOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  await createSubOrdersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
