import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { Actor } from "./author-profile"
import { ownPostStep } from "./steps/post-access"
import { setPostStatusStep } from "./steps/set-post-status"

/** The author deletes its post: it leaves every list; its likes, comments and reports stay on record. */
export const deletePostWorkflow = createWorkflow("delete-post", (input: { author: Actor; post_id: string }) => {
  ownPostStep({ actor: input.author, post_id: input.post_id })
  const post = setPostStatusStep({ post_id: input.post_id, status: "deleted" })
  emitEventStep({ eventName: SocialEvents.POST_DELETED, data: { id: input.post_id } })
  return new WorkflowResponse(post)
})
