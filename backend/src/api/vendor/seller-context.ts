import {
  authenticate,
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import SellerModuleService from "../../modules/seller/service"

export type SellerContext = {
  seller: { id: string; status: string }
  member: { id: string; role: "owner" | "staff" }
}

/** A vendor request after `resolveSeller`: the acting member and its seller, from the auth identity only. */
export type VendorRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & SellerContext

// Routes a signed-up identity without a seller may call: registering a seller, accepting an invite.
const OPEN_ROUTES = new Set(["POST /vendor/sellers", "POST /vendor/invites/accept"])
const path = (req: { method: string; originalUrl: string }) => `${req.method} ${req.originalUrl.split("?")[0].replace(/\/+$/, "")}`

const registered = authenticate("seller", ["bearer", "session"])
const unregistered = authenticate("seller", ["bearer", "session"], { allowUnregistered: true })

/** Authenticates the `seller` actor; open routes accept an identity that has no seller yet. */
export function authenticateSeller(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  return OPEN_ROUTES.has(path(req)) ? unregistered(req, res, next) : registered(req, res, next)
}

/** Resolves the member and seller behind the token; a removed member or deleted seller is unauthorized. */
export async function resolveSeller(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (OPEN_ROUTES.has(path(req))) return next()
  const memberId = req.auth_context?.actor_id
  const unauthorized = new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  if (!memberId) return next(unauthorized)
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [member] = await service.listSellerMembers({ id: memberId }, { relations: ["seller"] })
  if (!member?.seller) return next(unauthorized)
  const context = req as unknown as SellerContext
  context.seller = { id: member.seller.id, status: member.seller.status }
  context.member = { id: member.id, role: member.role as "owner" | "staff" }
  next()
}

/**
 * Every write needs an approved seller. A pending or rejected seller may still edit its own profile
 * (to complete or fix its application); a suspended one may not.
 */
export function requireApprovedForWrites(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET" || OPEN_ROUTES.has(path(req))) return next()
  const { seller } = req as unknown as SellerContext
  if (seller.status === "approved") return next()
  if (path(req) === "POST /vendor/sellers/me" && seller.status !== "suspended") return next()
  next(new MedusaError(MedusaError.Types.FORBIDDEN, `A ${seller.status} seller cannot make changes`))
}

/** Member management is for owners. */
export function requireOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((req as unknown as SellerContext).member.role !== "owner") {
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, "Only an owner can manage members"))
  }
  next()
}
