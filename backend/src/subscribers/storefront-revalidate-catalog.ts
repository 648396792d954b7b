import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductCategoryWorkflowEvents, ProductCollectionWorkflowEvents } from "@medusajs/framework/utils"
import { storefront, storefrontTags } from "../lib/storefront-revalidate"

const categoryEvents: string[] = Object.values(ProductCategoryWorkflowEvents)

// Categories and collections name and group products: menus, breadcrumbs, filters and carousels.
export default async function revalidateCatalog({ event }: SubscriberArgs<unknown>) {
  const group = categoryEvents.includes(event.name) ? storefrontTags.categories : storefrontTags.collections
  storefront.queue([group, storefrontTags.products])
}

export const config: SubscriberConfig = {
  event: [...categoryEvents, ...Object.values(ProductCollectionWorkflowEvents)],
}
