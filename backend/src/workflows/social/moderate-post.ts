import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { closeReportsStep } from "./steps/report"
import { postInStatusStep } from "./steps/post-access"
import { setPostStatusStep } from "./steps/set-post-status"

/** An operator hides a post: it leaves every list and its open reports are resolved. Hiding it again changes nothing. */
export const hidePostWorkflow = createWorkflow("hide-post", (input: { post_id: string }) => {
  postInStatusStep({ post_id: input.post_id, status: ["published", "hidden"] })
  const post = setPostStatusStep({ post_id: input.post_id, status: "hidden" })
  closeReportsStep({ filter: { post_id: input.post_id }, status: "resolved" })
  when({ post }, ({ post }) => post.previous !== "hidden").then(() => {
    emitEventStep({ eventName: SocialEvents.POST_HIDDEN, data: { id: input.post_id } }).config({ name: "emit-post-hidden" })
  })
  return new WorkflowResponse(post)
})

/** An operator publishes a hidden post again; restoring a published post changes nothing. */
export const restorePostWorkflow = createWorkflow("restore-post", (input: { post_id: string }) => {
  postInStatusStep({ post_id: input.post_id, status: ["published", "hidden"] })
  const post = setPostStatusStep({ post_id: input.post_id, status: "published" })
  when({ post }, ({ post }) => post.previous !== "published").then(() => {
    emitEventStep({ eventName: SocialEvents.POST_RESTORED, data: { id: input.post_id } }).config({ name: "emit-post-restored" })
  })
  return new WorkflowResponse(post)
})
