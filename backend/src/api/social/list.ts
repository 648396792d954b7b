import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_MODULE } from "../../modules/social"
import SocialModuleService from "../../modules/social/service"
import { encodeCursor, pageOf } from "../cursor"
import { readPosts } from "./read"
import { PostListQueryType } from "./validators"
import { storeViewer } from "./viewer"

/** Answers a page of published posts, newest first: `{ posts, next_cursor }`. */
export async function listPosts(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  of: { profile_id: string } | { tag: string } | { product_id: string }
) {
  const query = req.validatedQuery as PostListQueryType
  const service: SocialModuleService = req.scope.resolve(SOCIAL_MODULE)
  const page = await service.pagePosts(of, pageOf(query))
  const posts = await readPosts(req.scope, page.ids, await storeViewer(req, query.region_id))
  res.json({ posts, next_cursor: encodeCursor(page.next) })
}
