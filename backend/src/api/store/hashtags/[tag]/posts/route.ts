import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hashtagKey } from "../../../../../modules/social/hashtags"
import { listPosts } from "../../../../social/list"

/** Published posts with the hashtag (with or without `#`, any case), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await listPosts(req, res, { tag: hashtagKey(req.params.tag) })
}
