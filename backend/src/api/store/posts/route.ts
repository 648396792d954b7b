import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPost } from "../../social/posts"
import { CreatePostType } from "../../social/validators"
import { customerActor } from "../../social/viewer"

/** The signed-in customer publishes a post (its profile is created if it has none). */
export async function POST(req: AuthenticatedMedusaRequest<CreatePostType>, res: MedusaResponse) {
  await createPost(req, res, customerActor(req))
}
