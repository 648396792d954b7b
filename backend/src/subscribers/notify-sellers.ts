import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifySellerWorkflow } from "../workflows/notification"

// A seller hears the decision on its application and its products, and about paid payouts.
export default async function notifySellers({ event, container }: SubscriberArgs<{ id: string }>) {
  const run = notifySellerWorkflow(container).run
  const { id } = event.data
  switch (event.name) {
    case "seller.seller.approved":
      return run({ input: { type: "seller_approved", seller_id: id } })
    case "seller.seller.rejected":
      return run({ input: { type: "seller_rejected", seller_id: id } })
    case "seller.product.approved":
      return run({ input: { type: "product_approved", product_id: id } })
    case "seller.product.rejected":
      return run({ input: { type: "product_rejected", product_id: id } })
    case "seller.payout.paid":
      return run({ input: { type: "payout_paid", payout_id: id } })
  }
}

export const config: SubscriberConfig = {
  event: ["seller.seller.approved", "seller.seller.rejected", "seller.product.approved", "seller.product.rejected", "seller.payout.paid"],
}
