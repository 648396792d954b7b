import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifySocialWorkflow } from "../workflows/notification"

type SocialEvent = { follower_id?: string; followed_id?: string; id?: string; post_id?: string; profile_id?: string }

// A profile hears about new followers, likes and comments on its posts.
export default async function notifySocial({ event, container }: SubscriberArgs<SocialEvent>) {
  const run = notifySocialWorkflow(container).run
  const d = event.data
  switch (event.name) {
    case "social.follow.created":
      return run({ input: { type: "new_follower", follower_id: d.follower_id!, followed_id: d.followed_id! } })
    case "social.like.created":
      return run({ input: { type: "post_liked", post_id: d.post_id!, profile_id: d.profile_id! } })
    case "social.comment.created":
      return run({ input: { type: "post_commented", comment_id: d.id!, post_id: d.post_id!, profile_id: d.profile_id! } })
  }
}

export const config: SubscriberConfig = { event: ["social.follow.created", "social.like.created", "social.comment.created"] }
