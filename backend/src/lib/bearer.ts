import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

/** The Medusa token in the request's `Authorization: Bearer` header, if any. */
export const bearerToken = (req: MedusaRequest) => req.headers.authorization?.match(/^Bearer (.+)$/i)?.[1]

/** The claims of the request's bearer token once its signature checks out with Medusa's JWT secret; null otherwise. */
export function verifiedClaims<T>(req: MedusaRequest): T | null {
  const token = bearerToken(req)
  if (!token) return null
  try {
    const secret = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
    return jwt.verify(token, secret) as T
  } catch {
    return null
  }
}
