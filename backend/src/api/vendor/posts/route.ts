import { MedusaResponse } from "@medusajs/framework/http"
import { createPost } from "../../social/posts"
import { CreatePostType } from "../../social/validators"
import { VendorRequest } from "../seller-context"

/** The seller publishes a post on its profile. */
export async function POST(req: VendorRequest<CreatePostType>, res: MedusaResponse) {
  await createPost(req, res, { type: "seller", id: req.seller.id })
}
