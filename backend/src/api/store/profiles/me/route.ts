import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertCustomerProfileWorkflow } from "../../../../workflows/social"
import { publicProfile } from "../read"
import { StoreUpsertProfileType } from "../validators"

/** Creates the signed-in customer's profile, or updates it. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpsertProfileType>, res: MedusaResponse) {
  const { result } = await upsertCustomerProfileWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, fields: req.validatedBody },
  })
  res.status(result.created ? 201 : 200).json({ profile: await publicProfile(req.scope, result.profile.handle, result.profile.id) })
}
