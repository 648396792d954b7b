import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSubOrdersWorkflow } from "../workflows/sub-order"

type FulfillmentEvent = { order_id?: string; fulfillment_id?: string; id?: string }

// Fulfilments made anywhere (a seller's API call or an operator in the admin) update the sub-orders.
export default async function syncSubOrders({ event, container }: SubscriberArgs<FulfillmentEvent>) {
  const { order_id, fulfillment_id, id } = event.data
  await syncSubOrdersWorkflow(container).run({ input: { order_id, fulfillment_id: fulfillment_id ?? id } })
}

export const config: SubscriberConfig = {
  event: ["order.fulfillment_created", "order.fulfillment_canceled", "shipment.created", "delivery.created"],
}
