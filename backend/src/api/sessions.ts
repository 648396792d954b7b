import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import { bearerToken, verifiedClaims } from "../lib/bearer"

// Seconds since the epoch before which an identity's tokens and sessions no longer count, in its app_metadata.
const KEY = "sessions_valid_after"
// Servers read an identity's cut-off at most this long after another server set it.
const CACHE_MS = 5_000
const cutoffs = new Map<string, { after: number; read: number }>()

type Session = { auth_context?: { auth_identity_id?: string }; issued_at?: number; destroy: (cb: (err?: unknown) => void) => void }
type WithSession = MedusaRequest & { session?: Session }
type Claims = { auth_identity_id?: string; iat?: number; entity_id?: string; actor_type?: string; provider?: string; purpose?: string }

/**
 * A password reset (`POST /auth/:actor/emailpass/update` with a valid reset token) ends every earlier session of
 * the account. Recorded before Medusa changes the password: should the change then fail, the account was only
 * signed out, never left with old sessions alive.
 */
export async function endSessionsOnPasswordReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // An invalid token is left to Medusa's own check.
  const claims = verifiedClaims<Claims>(req)
  if (claims?.purpose === "reset" && claims.entity_id) {
    const auth = req.scope.resolve(Modules.AUTH)
    const [login] = await auth.listProviderIdentities({ entity_id: claims.entity_id, provider: claims.provider ?? "emailpass" })
    if (login?.auth_identity_id) {
      const identity = await auth.retrieveAuthIdentity(login.auth_identity_id)
      // Tokens carry whole seconds: the second of the reset counts as before it, and the password changes only
      // once the next second has begun, so a sign-in with the new password makes a token that counts.
      const after = Math.ceil(Date.now() / 1000)
      await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...(identity.app_metadata ?? {}), [KEY]: after } })
      cutoffs.set(identity.id, { after, read: Date.now() })
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, after * 1000 - Date.now())))
    }
  }
  next()
}

/** A session cookie remembers when it was made, so that a password reset can end it. */
export function stampSession(req: WithSession, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.session) req.session.issued_at = Math.floor(Date.now() / 1000)
  next()
}

/** Refuses a bearer token or session cookie made before its identity's last password reset. */
export async function refuseEndedSessions(req: WithSession, res: MedusaResponse, next: MedusaNextFunction) {
  const token = bearerToken(req)
  // Only the cut-off is read here; Medusa's authenticate checks the signature of whatever is let through.
  const claims = token ? (jwt.decode(token) as Claims | null) : null
  const sessionIdentity = req.session?.auth_context?.auth_identity_id
  const identityId = claims?.auth_identity_id ?? sessionIdentity
  const issuedAt = claims?.auth_identity_id ? claims.iat : req.session?.issued_at
  if (!identityId || issuedAt === undefined || claims?.purpose === "reset") return next()
  if (issuedAt >= (await cutoff(req, identityId))) return next()
  if (!claims?.auth_identity_id && req.session) await new Promise((resolve) => req.session!.destroy(resolve))
  res.status(401).json({ type: "unauthorized", message: "This session ended when the password was changed; sign in again." })
}

async function cutoff(req: MedusaRequest, identityId: string): Promise<number> {
  const cached = cutoffs.get(identityId)
  if (cached && Date.now() - cached.read < CACHE_MS) return cached.after
  const [identity] = await req.scope.resolve(Modules.AUTH).listAuthIdentities({ id: [identityId] }, { select: ["id", "app_metadata"] })
  const after = Number(identity?.app_metadata?.[KEY] ?? 0)
  if (cutoffs.size > 10_000) cutoffs.clear()
  cutoffs.set(identityId, { after, read: Date.now() })
  return after
}

// Every route that reads a customer, seller or operator, and the two that turn an old token into a new one.
export const sessionMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor/emailpass/update", middlewares: [endSessionsOnPasswordReset] },
  { method: ["POST"], matcher: "/auth/session", middlewares: [refuseEndedSessions, stampSession] },
  { method: ["POST"], matcher: "/auth/token/refresh", middlewares: [refuseEndedSessions] },
  { matcher: "/store*", middlewares: [refuseEndedSessions] },
  { matcher: "/vendor*", middlewares: [refuseEndedSessions] },
  { matcher: "/admin*", middlewares: [refuseEndedSessions] },
]
