import { SubscriberConfig } from "@medusajs/framework"
import { storefront, storefrontTags } from "../lib/storefront-revalidate"

// Prices show in every listing; these also come from price lists (sales), which no product event reports.
export default async function revalidatePrices() {
  storefront.queue([storefrontTags.products])
}

export const config: SubscriberConfig = {
  event: [
    "pricing.price.created",
    "pricing.price.updated",
    "pricing.price.deleted",
    "pricing.price-list.created",
    "pricing.price-list.updated",
    "pricing.price-list.deleted",
  ],
}
