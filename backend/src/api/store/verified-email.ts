import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { isEmailVerified } from "../../lib/email-verification"

/** Posting, uploading and commenting need a verified e-mail address; shopping does not. */
export async function verifiedEmail(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (await isEmailVerified(req.scope, req.auth_context.auth_identity_id)) return next()
  res.status(403).json({
    type: "not_allowed",
    message: "Verify your e-mail address first: open the link we sent you, or ask for a new one.",
  })
}
