import { SubscriberConfig } from "@medusajs/framework"
import { RegionWorkflowEvents } from "@medusajs/framework/utils"
import { storefront, storefrontTags } from "../lib/storefront-revalidate"

// Regions decide the storefront's countries and currencies, and so the prices of every product.
export default async function revalidateRegions() {
  storefront.queue([storefrontTags.regions, storefrontTags.products])
}

export const config: SubscriberConfig = { event: Object.values(RegionWorkflowEvents) }
