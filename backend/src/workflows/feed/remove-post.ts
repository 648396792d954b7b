import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removePostStep } from "./steps/remove-post"

/** A hidden or deleted post leaves every timeline, explore and for-you. */
export const removePostFromFeedsWorkflow = createWorkflow("remove-post-from-feeds", (input: { post_id: string }) => {
  return new WorkflowResponse(removePostStep({ post_id: input.post_id }))
})
