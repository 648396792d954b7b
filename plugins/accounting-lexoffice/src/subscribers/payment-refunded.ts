import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncPaymentRefunds } from "../workflows"

/** A credit note for each refund of the payment (refunds credited before are left as they are). */
export default async function lexofficePaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncPaymentRefunds(container, event.data.id)
}

export const config: SubscriberConfig = { event: "payment.refunded" }
