import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellerTags, storefront } from "../lib/storefront-revalidate"
import { SellerEvents } from "../modules/seller/events"

// A seller's page appears with its approval and disappears with a suspension, and its products with it; its
// name and description show on its page and its products' pages.
export default async function revalidateSeller({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!storefront.enabled) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields: ["handle"], filters: { id: event.data.id } })
  storefront.queue(sellerTags(data.map((seller) => seller.handle)))
}

export const config: SubscriberConfig = {
  event: [
    SellerEvents.SELLER_APPROVED,
    SellerEvents.SELLER_REJECTED,
    SellerEvents.SELLER_SUSPENDED,
    SellerEvents.SELLER_REINSTATED,
    SellerEvents.SELLER_UPDATED,
  ],
}
