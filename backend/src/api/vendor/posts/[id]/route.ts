import { MedusaResponse } from "@medusajs/framework/http"
import { deletePost, updatePost } from "../../../social/posts"
import { UpdatePostType } from "../../../social/validators"
import { VendorRequest } from "../../seller-context"

/** The seller changes one of its posts (another seller's is not found). */
export async function POST(req: VendorRequest<UpdatePostType>, res: MedusaResponse) {
  await updatePost(req, res, { type: "seller", id: req.seller.id })
}

/** The seller deletes one of its posts. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await deletePost(req, res, { type: "seller", id: req.seller.id })
}
