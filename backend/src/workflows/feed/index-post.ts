import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { indexPostStep } from "./steps/index-post"

/** An edited post's hashtags and tagged products are indexed again (timelines hold ids only). */
export const indexPostWorkflow = createWorkflow("index-feed-post", (input: { post_id: string }) => {
  return new WorkflowResponse(indexPostStep({ post_id: input.post_id }))
})
