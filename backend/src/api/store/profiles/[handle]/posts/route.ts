import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPosts } from "../../../../social/list"
import { publicProfile } from "../../read"

/** The profile's published posts, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const profile = await publicProfile(req.scope, req.params.handle)
  await listPosts(req, res, { profile_id: profile.id })
}
