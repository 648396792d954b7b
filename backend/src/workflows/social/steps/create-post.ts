import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService, { NewPost } from "../../../modules/social/service"

/** Writes the post with its images, tags and hashtags in one transaction; undone by removing it. */
export const createPostStep = createStep(
  "create-post",
  async (input: NewPost, { container }) => {
    const id = await container.resolve<SocialModuleService>(SOCIAL_MODULE).createPost(input)
    return new StepResponse({ id, profile_id: input.profile_id }, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SocialModuleService>(SOCIAL_MODULE).destroyPost(id)
  }
)
