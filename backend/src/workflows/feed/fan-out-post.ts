import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { fanOutStep } from "./steps/fan-out"
import { indexPostStep } from "./steps/index-post"

/** A published (or restored) post enters explore and for-you and is fanned out to its author's followers. */
export const fanOutPostWorkflow = createWorkflow("fan-out-post", (input: { post_id: string }) => {
  const post = indexPostStep({ post_id: input.post_id, fan_out: true })
  when({ post }, ({ post }) => !!post).then(() => {
    fanOutStep(post as unknown as { id: string; author_id: string })
  })
  return new WorkflowResponse(post)
})
