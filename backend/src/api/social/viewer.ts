import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { actorProfileId } from "../../workflows/social/steps/post-access"
import type { Actor } from "../../workflows/social"
import { ttlCache } from "../ttl-cache"
import { Viewer } from "./read"

// A customer's profile, once it has one, stays the same; every store read asks for it.
const customerProfiles = ttlCache<string>(5 * 60_000, 100_000)

/** The signed-in customer as a social actor. */
export const customerActor = (req: AuthenticatedMedusaRequest): Actor => ({ type: "customer", id: req.auth_context.actor_id })

/** The sales channel of the request's publishable key (none on vendor routes). */
export const salesChannelOf = (req: AuthenticatedMedusaRequest) =>
  (req as { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context?.sales_channel_ids?.[0]

/** Who reads: the customer's profile when signed in, the asked region, the publishable key's sales channel. */
export async function storeViewer(req: AuthenticatedMedusaRequest, regionId?: string): Promise<Viewer> {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  let profileId = customerId ? customerProfiles.get(customerId) : undefined
  if (customerId && !profileId) {
    profileId = await actorProfileId(req.scope, { type: "customer", id: customerId })
    if (profileId) customerProfiles.set(customerId, profileId)
  }
  return {
    profile_id: profileId,
    region_id: regionId,
    sales_channel_id: salesChannelOf(req),
  }
}
