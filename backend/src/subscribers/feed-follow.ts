import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents } from "../modules/social/events"
import { syncFollowWorkflow } from "../workflows/feed"

export default async function syncFollowTimeline({ event, container }: SubscriberArgs<{ follower_id: string; followed_id: string }>) {
  await syncFollowWorkflow(container).run({ input: { ...event.data, follow: event.name === SocialEvents.FOLLOW_CREATED } })
}

export const config: SubscriberConfig = { event: [SocialEvents.FOLLOW_CREATED, SocialEvents.FOLLOW_DELETED] }
