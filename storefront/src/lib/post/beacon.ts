// Who sent the product-click beacon, for the backend's rate limit.
import { isIP } from "node:net"

/**
 * The visitor's address for the backend's per-viewer rate limit. Next sets `x-forwarded-for` to the connection's
 * address unless a proxy in front already did; a proxy appends the address it saw, so the last entry is the one a
 * trusted hop vouches for (earlier ones are whatever the client sent). Null when it is not an IP address.
 */
export function clientAddress(forwardedFor: string | null): string | null {
  const last = forwardedFor?.split(",").at(-1)?.trim() ?? ""
  return isIP(last) ? last : null
}
