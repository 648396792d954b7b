import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { productTags, storefront } from "../lib/storefront-revalidate"
import { SellerEvents } from "../modules/seller/events"

const variantEvents: string[] = Object.values(ProductVariantWorkflowEvents)

// A product, one of its variants (their prices among them) or an operator's moderation decision changed: its
// page and every listing. Deleted rows are read too, for the handle of a product that is gone.
export default async function revalidateProducts({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!storefront.enabled) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters = { id: event.data.id }
  if (variantEvents.includes(event.name)) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product.handle"], filters, withDeleted: true })
    storefront.queue(productTags(data.map((variant) => variant.product?.handle)))
  } else {
    const { data } = await query.graph({ entity: "product", fields: ["handle"], filters, withDeleted: true })
    storefront.queue(productTags(data.map((product) => product.handle)))
  }
}

export const config: SubscriberConfig = {
  event: [...Object.values(ProductWorkflowEvents), ...variantEvents, SellerEvents.PRODUCT_APPROVED, SellerEvents.PRODUCT_REJECTED],
}
