import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { Actor, authorProfile } from "./author-profile"
import { addCommentStep } from "./steps/comment"
import { postInStatusStep } from "./steps/post-access"

/** The actor comments on a published post, or replies to a comment on it. */
export const addCommentWorkflow = createWorkflow(
  "add-comment",
  (input: { actor: Actor; post_id: string; body: string; parent_id?: string | null }) => {
    postInStatusStep({ post_id: input.post_id, status: ["published"] })
    const own = authorProfile(input.actor)
    const comment = addCommentStep(
      transform({ input, own }, ({ input, own }) => ({
        post_id: input.post_id,
        profile_id: own.profile.id,
        body: input.body,
        parent_id: input.parent_id,
      }))
    )
    emitEventStep({
      eventName: SocialEvents.COMMENT_CREATED,
      data: transform({ input, comment, own }, ({ input, comment, own }) => ({
        id: comment.id,
        post_id: input.post_id,
        parent_id: comment.parent_id,
        profile_id: own.profile.id,
      })),
    })
    return new WorkflowResponse(comment)
  }
)
