import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

/**
 * Medusa applies CORS to /store, /admin and /auth only. The seller workspace runs in the storefront,
 * so /vendor answers the storefront's origins (STORE_CORS), with credentials for session auth.
 */
export function vendorCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const config: ConfigModule = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return cors({ origin: parseCorsOrigins(config.projectConfig.http.storeCors), credentials: true })(req, res, next)
}
