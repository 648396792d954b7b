import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents } from "../modules/social/events"
import { fanOutPostWorkflow } from "../workflows/feed"

export default async function fanOutPost({ event, container }: SubscriberArgs<{ id: string }>) {
  await fanOutPostWorkflow(container).run({ input: { post_id: event.data.id } })
}

export const config: SubscriberConfig = { event: [SocialEvents.POST_CREATED, SocialEvents.POST_RESTORED] }
