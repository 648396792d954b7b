import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pageFeed } from "../../feed/page"
import { FeedQueryType } from "../../feed/validators"
import { readPosts } from "../../social/read"
import { storeViewer } from "../../social/viewer"

/** A page of the following, explore or for-you feed: `{ posts, next_cursor }`, posts as `GET /store/posts/:id` shows them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as FeedQueryType
  if (query.type !== "explore" && req.auth_context?.actor_type !== "customer") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, `type: the ${query.type} feed needs a signed-in customer`)
  }
  const viewer = await storeViewer(req, query.region_id)
  const page = await pageFeed(req.scope, query, viewer.profile_id)
  // A post hidden a moment ago may still be indexed; it is not shown.
  const posts = (await readPosts(req.scope, page.ids, viewer)).filter((post) => post.status === "published")
  res.json({ posts, next_cursor: page.next })
}
