import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, InventoryLevelWorkflowEvents } from "@medusajs/framework/utils"
import { productPageTags, storefront } from "../lib/storefront-revalidate"

// Stock decides the add button on a product's page; listings show no stock. Only the page's tag: every order
// reserves stock, and dropping every cached listing on each order would leave little cached in a busy shop.
export default async function revalidateStock({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!storefront.enabled) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item.variants.product.handle"],
    filters: { id: event.data.id },
    withDeleted: true,
  })
  const handles = data.flatMap((level) => (level.inventory_item?.variants ?? []).map((variant) => variant?.product?.handle))
  storefront.queue(productPageTags(handles))
}

export const config: SubscriberConfig = { event: Object.values(InventoryLevelWorkflowEvents) }
