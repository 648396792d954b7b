import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Actor, createPostWorkflow, deletePostWorkflow, updatePostWorkflow } from "../../workflows/social"
import { actorProfileId } from "../../workflows/social/steps/post-access"
import { fileUrls } from "../files"
import { readPost } from "./read"
import { CreatePostType, UpdatePostType } from "./validators"
import { salesChannelOf } from "./viewer"

// Post routes shared by customers (/store/posts) and sellers (/vendor/posts): only the actor differs.
// The author sees its post priced in the store's default region, with stock of the key's sales channel.

/** Creates a post from uploaded files (`POST /store/uploads`) and answers with it as the store shows it. */
export async function createPost(req: AuthenticatedMedusaRequest<CreatePostType>, res: MedusaResponse, author: Actor) {
  const body = req.validatedBody
  const urls = await fileUrls(req.scope, body.images.map((i) => i.file_id), (i) => `images.${i}.file_id`)
  const { result } = await createPostWorkflow(req.scope).run({
    input: { author, caption: body.caption, images: body.images.map((image, i) => ({ url: urls[i], tags: image.tags })) },
  })
  res.status(201).json({ post: await readPost(req.scope, result.id, { profile_id: result.profile_id, sales_channel_id: salesChannelOf(req) }) })
}

/** Changes the author's post (others get 404). */
export async function updatePost(req: AuthenticatedMedusaRequest<UpdatePostType>, res: MedusaResponse, author: Actor) {
  await updatePostWorkflow(req.scope).run({ input: { author, post_id: req.params.id, ...req.validatedBody } })
  const profileId = await actorProfileId(req.scope, author)
  res.json({ post: await readPost(req.scope, req.params.id, { profile_id: profileId, sales_channel_id: salesChannelOf(req) }) })
}

/** Deletes the author's post (others get 404). */
export async function deletePost(req: AuthenticatedMedusaRequest, res: MedusaResponse, author: Actor) {
  await deletePostWorkflow(req.scope).run({ input: { author, post_id: req.params.id } })
  res.json({ id: req.params.id, object: "post", deleted: true })
}
