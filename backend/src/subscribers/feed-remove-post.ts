import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents } from "../modules/social/events"
import { removePostFromFeedsWorkflow } from "../workflows/feed"

export default async function removeFeedPost({ event, container }: SubscriberArgs<{ id: string }>) {
  await removePostFromFeedsWorkflow(container).run({ input: { post_id: event.data.id } })
}

export const config: SubscriberConfig = { event: [SocialEvents.POST_HIDDEN, SocialEvents.POST_DELETED] }
