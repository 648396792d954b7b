import "server-only"

import { messageOf } from "@/lib/util/errors"

import { getAuthToken, removeAuthToken } from "./cookies"
import { statusOf } from "./customer-reads"

export type Outcome = "ok" | "expired" | "failed"

/**
 * A write as the signed-in customer: "expired" when there is no session (any more; the stale token is dropped),
 * "failed" otherwise, logged under `area`.
 */
export async function asCustomer(area: string, what: string, call: (token: string) => Promise<unknown>): Promise<Outcome> {
  const token = await getAuthToken()
  if (!token) return "expired"
  try {
    await call(token)
    return "ok"
  } catch (error) {
    if (statusOf(error) === 401) {
      await removeAuthToken()
      return "expired"
    }
    console.error(`${area}: ${what} failed: ${messageOf(error)}`)
    return "failed"
  }
}
