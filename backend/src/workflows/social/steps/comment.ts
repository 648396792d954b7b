import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

type NewComment = { post_id: string; profile_id: string; body: string; parent_id?: string | null }

/**
 * Adds a comment or a reply. Replies are one level deep: answering a reply answers the comment it
 * belongs to. The compensation removes the comment again.
 */
export const addCommentStep = createStep(
  "add-comment",
  async (input: NewComment, { container }) => {
    const service = container.resolve<SocialModuleService>(SOCIAL_MODULE)
    let parentId: string | null = null
    if (input.parent_id) {
      const [parent] = await service.listPostComments({ id: input.parent_id, post_id: input.post_id }, { select: ["id", "parent_id"] })
      if (!parent) throw new MedusaError(MedusaError.Types.INVALID_DATA, "parent_id: no such comment on this post")
      parentId = parent.parent_id ?? parent.id
    }
    const id = await service.addComment({ ...input, parent_id: parentId })
    return new StepResponse({ id, parent_id: parentId }, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SocialModuleService>(SOCIAL_MODULE).removeComment(id)
  }
)

/**
 * Removes a comment (and its replies) if the profile wrote it or wrote the post; to anyone else the
 * comment is "not found". The compensation restores exactly what was removed.
 */
export const removeCommentStep = createStep(
  "remove-comment",
  async ({ post_id, comment_id, profile_id }: { post_id: string; comment_id: string; profile_id?: string }, { container }) => {
    const service = container.resolve<SocialModuleService>(SOCIAL_MODULE)
    const [comment] = await service.listPostComments({ id: comment_id, post_id }, { relations: ["post"] })
    if (!comment || !profile_id || (comment.profile_id !== profile_id && comment.post.profile_id !== profile_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Comment with id: ${comment_id} was not found`)
    }
    const removed = await service.removeComment(comment_id)
    return new StepResponse({ removed: removed.length }, removed)
  },
  async (removed, { container }) => {
    if (removed?.length) await container.resolve<SocialModuleService>(SOCIAL_MODULE).restoreComments(removed)
  }
)
