import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { verifySignature } from "../../../lib/signature"
import { LEXOFFICE_MODULE } from "../../../modules/lexoffice"
import LexofficeModuleService from "../../../modules/lexoffice/service"

/**
 * Lets through only deliveries signed by Lexoffice (`X-Lxo-Signature` over the raw body), before the
 * body is even validated; without `webhook_public_key` nothing is.
 */
export async function verifyLexofficeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const key = req.scope.resolve<LexofficeModuleService>(LEXOFFICE_MODULE).options.webhook_public_key
  const header = req.headers["x-lxo-signature"]
  const raw: unknown = req.rawBody
  if (!key) req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn("Lexoffice webhook refused: webhook_public_key is not set")
  if (!key || !Buffer.isBuffer(raw) || !verifySignature(raw, typeof header === "string" ? header : undefined, key)) {
    res.status(401).json({ message: "Invalid signature" })
    return
  }
  next()
}
