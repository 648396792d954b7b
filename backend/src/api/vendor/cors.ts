import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

/**
 * Medusa applies CORS to /store, /admin and /auth only. The seller workspace runs in the storefront,
 * so /vendor answers the storefront's origins (STORE_CORS), with credentials for session auth.
 */
export function vendorCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Built on the first request (the configuration is only reachable through a request's scope), then reused.
  if (!handler) {
    const config: ConfigModule = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    handler = cors({ origin: parseCorsOrigins(config.projectConfig.http.storeCors), credentials: true })
  }
  return handler(req, res, next)
}

let handler: ReturnType<typeof cors> | undefined
