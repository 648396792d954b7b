import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptSellerInviteWorkflow } from "../../../../workflows/seller"
import { VendorAcceptInviteType } from "../../members/validators"

/** A registered seller identity (without a seller yet) joins the seller that invited its e-mail. */
export async function POST(req: AuthenticatedMedusaRequest<VendorAcceptInviteType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This identity already acts for a seller")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: the invite is invalid, used or expired")
  const { result } = await acceptSellerInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, auth_identity_id: identity.id, email },
  })
  res.json({ member: { id: result.id, email: result.email, role: result.role, seller_id: result.seller_id } })
}
