import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPosts } from "../../../../social/list"

/** Published posts tagging the product, newest first: the product page's "seen in posts". */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await listPosts(req, res, { product_id: req.params.id })
}
