// Checks on the product-click beacon's request before the storefront forwards it to the backend.
import { isIP } from "node:net"

/**
 * Whether the request comes from the storefront's own pages: browsers send `Origin` with every POST, so another
 * site's page (or a sandboxed frame, `Origin: null`) cannot record clicks in a visitor's name.
 */
export function isOwnOrigin(origin: string | null, storefrontUrl: string): boolean {
  return origin !== null && origin === new URL(storefrontUrl).origin
}

/**
 * The visitor's address for the backend's per-viewer rate limit. Next sets `x-forwarded-for` to the connection's
 * address unless a proxy in front already did; a proxy appends the address it saw, so the last entry is the one a
 * trusted hop vouches for (earlier ones are whatever the client sent). Null when it is not an IP address.
 */
export function clientAddress(forwardedFor: string | null): string | null {
  const last = forwardedFor?.split(",").at(-1)?.trim() ?? ""
  return isIP(last) ? last : null
}
