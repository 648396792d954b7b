import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productPageTags, reviewTags, sellerPageTags, storefront } from "../lib/storefront-revalidate"
import { ReviewEvents } from "../modules/review/events"

// A review was written, changed, deleted, hidden, restored or answered: the product's review list, its page
// (stars and structured data) and its seller's profile (the seller's rating).
export default async function revalidateReviews({ event, container }: SubscriberArgs<{ product_id: string }>) {
  if (!storefront.enabled) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["handle", "seller.handle"],
    filters: { id: event.data.product_id },
    withDeleted: true,
  })
  const product = data[0] as { handle?: string; seller?: { handle?: string } | null } | undefined
  storefront.queue([
    ...reviewTags([event.data.product_id]),
    ...productPageTags([product?.handle]),
    ...sellerPageTags([product?.seller?.handle]),
  ])
}

export const config: SubscriberConfig = {
  event: [
    ReviewEvents.REVIEW_CREATED,
    ReviewEvents.REVIEW_UPDATED,
    ReviewEvents.REVIEW_DELETED,
    ReviewEvents.REVIEW_HIDDEN,
    ReviewEvents.REVIEW_RESTORED,
    ReviewEvents.REPLY_CREATED,
  ],
}
