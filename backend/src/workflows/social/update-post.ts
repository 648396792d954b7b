import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { TagInput } from "../../modules/social/service"
import { Actor } from "./author-profile"
import { PostHookResult } from "./create-post"
import { ownPostStep } from "./steps/post-access"
import { updatePostStep } from "./steps/update-post"
import { validateTagsStep } from "./steps/validate-tags"

export type UpdatePostInput = { author: Actor; post_id: string; caption?: string; images?: { id: string; tags: TagInput[] }[] }

/**
 * The author changes its post's caption or the product tags of its images (the images themselves
 * stay). The `postUpdating` hook sees the caption the post will have, like `postCreating` does.
 */
export const updatePostWorkflow = createWorkflow("update-post", (input: UpdatePostInput) => {
  const post = ownPostStep({ actor: input.author, post_id: input.post_id })
  validateTagsStep(transform({ input }, ({ input }) => ({ images: input.images ?? [] })))
  const postUpdating = createHook(
    "postUpdating",
    transform({ input, post }, ({ input, post }) => ({ post_id: post.id, profile_id: post.profile_id, caption: input.caption ?? post.caption })),
    { resultValidator: PostHookResult }
  )
  const changed = postUpdating.getResult()
  updatePostStep(
    transform({ input, changed }, ({ input, changed }) => ({
      post_id: input.post_id,
      changes: { caption: changed?.caption ?? input.caption, images: input.images },
    }))
  )
  emitEventStep({ eventName: SocialEvents.POST_UPDATED, data: { id: input.post_id } })
  return new WorkflowResponse({ id: input.post_id }, { hooks: [postUpdating] })
})
