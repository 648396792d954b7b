import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Actor } from "./author-profile"
import { removeCommentStep } from "./steps/comment"
import { actorProfileIdStep } from "./steps/post-access"

/** The comment's author or the post's author removes a comment with its replies. */
export const removeCommentWorkflow = createWorkflow(
  "remove-comment",
  (input: { actor: Actor; post_id: string; comment_id: string }) => {
    const profileId = actorProfileIdStep(input.actor)
    const result = removeCommentStep({ post_id: input.post_id, comment_id: input.comment_id, profile_id: profileId })
    return new WorkflowResponse(result)
  }
)
