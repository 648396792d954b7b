import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import { SocialEvents } from "../../modules/social/events"
import { CAPTION_MAX } from "../../modules/social/models/post"
import { TagInput } from "../../modules/social/service"
import { Actor, authorProfile } from "./author-profile"
import { createPostStep } from "./steps/create-post"
import { validateTagsStep } from "./steps/validate-tags"

export type CreatePostInput = { author: Actor; caption: string; images: { url: string; tags?: TagInput[] }[] }

/** What a `postCreating` or `postUpdating` handler may return: a replacement caption, or nothing. */
export const PostHookResult = z.object({ caption: z.string().max(CAPTION_MAX) }).partial().strict().optional()

/**
 * Publishes a post by a customer or a seller. The `postCreating` hook runs before anything about the
 * post is written: a handler rejects the post by throwing or changes it by returning `{ caption }`
 * (docs/PLUGINS.md).
 */
export const createPostWorkflow = createWorkflow("create-post", (input: CreatePostInput) => {
  validateTagsStep({ images: input.images })
  const own = authorProfile(input.author)
  const postCreating = createHook(
    "postCreating",
    { profile_id: own.profile.id, caption: input.caption, images: input.images },
    { resultValidator: PostHookResult }
  )
  const changed = postCreating.getResult()
  const post = createPostStep(
    transform({ input, own, changed }, ({ input, own, changed }) => ({
      profile_id: own.profile.id,
      caption: changed?.caption ?? input.caption,
      images: input.images,
    }))
  )
  emitEventStep({ eventName: SocialEvents.POST_CREATED, data: post })
  return new WorkflowResponse(post, { hooks: [postCreating] })
})
