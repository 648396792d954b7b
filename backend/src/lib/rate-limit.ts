import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createHash } from "node:crypto"
import { verifiedClaims } from "./bearer"
import { CounterStore, counterStore } from "./counter-store"

export type Limit = {
  /** Names the counter, e.g. `sign-in:ip`; the key follows it. */
  name: string
  max: number
  windowSeconds: number
  /** Whose requests count together; undefined: the limit does not apply to this request. */
  key: (req: MedusaRequest) => string | undefined
  /**
   * Counts only requests answered with this status (a sign-in's 401): each request holds a place while it
   * runs and gives it back when answered otherwise, so a burst of parallel guesses gets no more through.
   */
  onlyStatus?: number
}

/** Keys may hold e-mail addresses: hashed, they have a fixed length and are not stored in clear. */
export const digest = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 22)

/**
 * The signed-in account of the request, for limits per account: from the authentication before, or, on routes
 * whose own authentication comes after the limit (Medusa's /auth routes), from the bearer token once its
 * signature checks out, so nobody can use up another account's allowance.
 */
export function authIdentity(req: MedusaRequest): string | undefined {
  const known = (req as MedusaRequest & { auth_context?: { auth_identity_id?: string } }).auth_context?.auth_identity_id
  if (known) return known
  return verifiedClaims<{ auth_identity_id?: string }>(req)?.auth_identity_id
}

/**
 * Answers 429 with Retry-After (the longest wait among the limits exceeded) once a limit is exceeded, in
 * Medusa's error shape. Without an answer from the store (Redis down) the request passes.
 */
export function rateLimit(limits: Limit[], store: () => CounterStore = counterStore) {
  return async function rateLimited(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const counters = store()
    const hits = await Promise.all(
      limits.map(async (limit) => {
        const key = limit.key(req)
        if (key === undefined) return null
        const counter = `${limit.name}:${key}`
        const count = await counters.increment(counter, limit.windowSeconds * 1000)
        return count && { limit, counter, ...count }
      })
    )
    const counted = hits.filter((hit) => hit !== null)
    const conditional = counted.filter((hit) => hit.limit.onlyStatus !== undefined)
    const exceeded = counted.filter((hit) => hit.count > hit.limit.max)

    if (exceeded.length) {
      // A refused request was not checked: it is no failed attempt.
      await Promise.all(conditional.map((hit) => counters.decrement(hit.counter)))
      const seconds = Math.max(1, ...exceeded.map((hit) => Math.ceil(hit.resetMs / 1000)))
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json({ type: "not_allowed", message: `Too many attempts; try again in ${seconds} seconds.` })
      return
    }
    if (conditional.length) {
      res.on("finish", () => {
        for (const hit of conditional) if (res.statusCode !== hit.limit.onlyStatus) void counters.decrement(hit.counter)
      })
    }
    next()
  }
}
