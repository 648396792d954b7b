import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents } from "../modules/social/events"
import { indexPostWorkflow } from "../workflows/feed"

export default async function indexFeedPost({ event, container }: SubscriberArgs<{ id: string }>) {
  await indexPostWorkflow(container).run({ input: { post_id: event.data.id } })
}

export const config: SubscriberConfig = { event: SocialEvents.POST_UPDATED }
