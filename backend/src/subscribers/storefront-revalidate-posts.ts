import { SubscriberConfig } from "@medusajs/framework"
import { storefront, storefrontTags } from "../lib/storefront-revalidate"
import { SocialEvents } from "../modules/social/events"

// The storefront's post lists (home, product pages) show published, visible posts.
export default async function revalidatePosts() {
  storefront.queue([storefrontTags.posts])
}

export const config: SubscriberConfig = {
  event: [
    SocialEvents.POST_CREATED,
    SocialEvents.POST_UPDATED,
    SocialEvents.POST_DELETED,
    SocialEvents.POST_HIDDEN,
    SocialEvents.POST_RESTORED,
  ],
}
