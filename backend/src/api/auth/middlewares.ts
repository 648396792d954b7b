import { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { readEnv } from "../../env"
import { authIdentity, digest, Limit, rateLimit } from "../../lib/rate-limit"

const env = readEnv()
const MINUTE = 60

// The client's address: Medusa trusts one proxy (express "trust proxy" 1), so behind it X-Forwarded-For.
const ip = (req: MedusaRequest) => req.ip ?? "unknown"
const body = (req: MedusaRequest) => (req.body ?? {}) as Record<string, unknown>
// An account is an actor type and an e-mail address: /auth/customer/... and /auth/seller/... are different ones.
const account = (req: MedusaRequest, field: string) => {
  const value = body(req)[field]
  return typeof value === "string" && value.trim() ? `${req.params.actor}:${digest(value.trim().toLowerCase())}` : undefined
}

const perIp = (kind: string): Limit => ({ name: `${kind}:ip`, max: env.AUTH_RATE_LIMIT_PER_IP, windowSeconds: MINUTE, key: ip })

// Sign-in: failed attempts at one account from one address, so the account's owner elsewhere still gets in;
// and ten times as many from anywhere, against guessing spread over many addresses.
const signIn = rateLimit([
  perIp("sign-in"),
  {
    name: "sign-in:account-ip",
    max: env.AUTH_RATE_LIMIT_PER_ACCOUNT,
    windowSeconds: 15 * MINUTE,
    key: (req) => {
      const email = account(req, "email")
      return email && `${email}:${ip(req)}`
    },
    onlyStatus: 401,
  },
  { name: "sign-in:account", max: 10 * env.AUTH_RATE_LIMIT_PER_ACCOUNT, windowSeconds: 15 * MINUTE, key: (req) => account(req, "email"), onlyStatus: 401 },
])
const register = rateLimit([perIp("register")])
// Each reset request may send an e-mail: a few per hour per account, against mail bombing.
const resetPassword = rateLimit([perIp("reset"), { name: "reset:account", max: 5, windowSeconds: 60 * MINUTE, key: (req) => account(req, "identifier") }])
const updatePassword = rateLimit([perIp("reset")])
const confirmVerification = rateLimit([perIp("verification")])
// Resending a verification e-mail, by a signed-in customer or seller.
const resendVerification = rateLimit([perIp("verification"), { name: "verification:account", max: 3, windowSeconds: 15 * MINUTE, key: authIdentity }])

// Static paths under /auth/:actor sort before Medusa's own /auth/:actor_type/:auth_provider routes, so these run
// first: a refused sign-in never reaches the password check.
export const authMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor/emailpass", middlewares: [signIn] },
  { method: ["POST"], matcher: "/auth/:actor/emailpass/register", middlewares: [register] },
  { method: ["POST"], matcher: "/auth/:actor/emailpass/reset-password", middlewares: [resetPassword] },
  { method: ["POST"], matcher: "/auth/:actor/emailpass/update", middlewares: [updatePassword] },
  // Medusa's e-mail verification: confirming a link's code, and asking for a new link (customers and sellers).
  { method: ["POST"], matcher: "/auth/verification/confirm", middlewares: [confirmVerification] },
  { method: ["POST"], matcher: "/auth/verification/request", middlewares: [resendVerification] },
]
