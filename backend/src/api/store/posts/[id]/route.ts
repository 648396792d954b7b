import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deletePost, updatePost } from "../../../social/posts"
import { readPost } from "../../../social/read"
import { UpdatePostType } from "../../../social/validators"
import { customerActor, storeViewer } from "../../../social/viewer"

/** A published post with its author, images, tags, tagged products (price, availability) and counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { region_id } = req.validatedQuery as { region_id?: string }
  res.json({ post: await readPost(req.scope, req.params.id, await storeViewer(req, region_id)) })
}

/** The author changes the caption or the product tags. */
export async function POST(req: AuthenticatedMedusaRequest<UpdatePostType>, res: MedusaResponse) {
  await updatePost(req, res, customerActor(req))
}

/** The author deletes the post. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deletePost(req, res, customerActor(req))
}
