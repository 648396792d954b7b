import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents } from "../modules/social/events"
import { recordEngagementWorkflow } from "../workflows/feed"

export default async function recordFeedEngagement({ event, container }: SubscriberArgs<{ post_id: string; profile_id: string }>) {
  const kind = event.name === SocialEvents.LIKE_CREATED ? "like" : "comment"
  await recordEngagementWorkflow(container).run({ input: { post_id: event.data.post_id, profile_id: event.data.profile_id, kind } })
}

export const config: SubscriberConfig = { event: [SocialEvents.LIKE_CREATED, SocialEvents.COMMENT_CREATED] }
