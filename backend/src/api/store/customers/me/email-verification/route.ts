import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { isEmailVerified } from "../../../../../lib/email-verification"

/** Whether the signed-in customer's sign-in e-mail is verified (a new link: `POST /auth/verification/request`). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { auth_identity_id } = req.auth_context
  const [login] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ auth_identity_id, provider: "emailpass" }, { select: ["entity_id"] })
  res.json({ email: login?.entity_id ?? null, verified: await isEmailVerified(req.scope, auth_identity_id) })
}
