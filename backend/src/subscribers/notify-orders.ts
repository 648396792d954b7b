import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyOrderWorkflow } from "../workflows/notification"

// Order e-mails and in-app notifications for the customer.
export default async function notifyOrders({ event, container }: SubscriberArgs<{ id: string; order_id?: string }>) {
  const run = notifyOrderWorkflow(container).run
  switch (event.name) {
    case "order.placed":
      return run({ input: { type: "order_placed", order_id: event.data.id } })
    case "payment.captured":
      return run({ input: { type: "order_paid", payment_id: event.data.id } })
    case "shipment.created":
      return run({ input: { type: "order_shipped", fulfillment_id: event.data.id } })
    case "delivery.created":
      return run({ input: { type: "order_delivered", fulfillment_id: event.data.id } })
    case "lexoffice.invoice.synced":
      return run({ input: { type: "invoice_available", order_id: event.data.order_id! } })
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "payment.captured", "shipment.created", "delivery.created", "lexoffice.invoice.synced"],
}
