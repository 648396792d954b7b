import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_MODULE } from "../../../../modules/social"
import SocialModuleService from "../../../../modules/social/service"
import { actorProfileId } from "../../../../workflows/social/steps/post-access"
import { upsertCustomerProfileWorkflow } from "../../../../workflows/social"
import { publicProfile } from "../read"
import { StoreUpsertProfileType } from "../validators"

/** The signed-in customer's profile; 404 until it has one (it is made on request or on a first social action). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = await actorProfileId(req.scope, { type: "customer", id: req.auth_context.actor_id })
  const [profile] = id ? await req.scope.resolve<SocialModuleService>(SOCIAL_MODULE).listProfiles({ id }, { select: ["handle"] }) : []
  if (!profile) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The customer has no profile yet")
  res.json({ profile: await publicProfile(req.scope, profile.handle, profile.id) })
}

/** Creates the signed-in customer's profile, or updates it. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpsertProfileType>, res: MedusaResponse) {
  const { result } = await upsertCustomerProfileWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, fields: req.validatedBody },
  })
  res.status(result.created ? 201 : 200).json({ profile: await publicProfile(req.scope, result.profile.handle, result.profile.id) })
}
