import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPosts } from "../../../../social/list"

/** Published posts with the hashtag (with or without `#`, any case), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const tag = req.params.tag.replace(/^#/, "").normalize("NFC").toLowerCase()
  await listPosts(req, res, { tag })
}
