import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeViewer } from "../../../social/viewer"
import { publicProfile } from "../read"

/** Anyone's profile by handle; a signed-in customer also learns whether it follows it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const viewer = await storeViewer(req)
  res.json({ profile: await publicProfile(req.scope, req.params.handle, viewer.profile_id) })
}
