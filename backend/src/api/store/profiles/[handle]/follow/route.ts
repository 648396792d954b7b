import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setFollowWorkflow } from "../../../../../workflows/social"
import { publicProfile } from "../../read"

async function setFollow(req: AuthenticatedMedusaRequest, res: MedusaResponse, follow: boolean) {
  const { result } = await setFollowWorkflow(req.scope).run({
    input: { actor: { type: "customer", id: req.auth_context.actor_id }, handle: req.params.handle, follow },
  })
  res.json({ profile: await publicProfile(req.scope, req.params.handle, result.follower_id), changed: result.changed })
}

/** Follows the profile; following it again changes nothing. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setFollow(req, res, true)
}

/** Unfollows the profile; unfollowing again changes nothing. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setFollow(req, res, false)
}
