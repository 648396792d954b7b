import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"
import { freeHandle } from "./free-handle"
import { createLinkedProfile, ProfileRecord, removeLinkedProfile } from "./linked-profile"

const ownerOf = (seller_id: string) => ({ [SELLER_MODULE]: { seller_id } })

type Created = { profile_id: string; seller_id: string }

/**
 * Gives a seller its social profile unless it has one: the seller's handle (or the next free one if
 * a customer took it), name, description and logo. Returns the profile and whether it is new.
 */
export const ensureSellerProfileStep = createStep(
  "ensure-seller-profile",
  async ({ seller_id }: { seller_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "seller",
      fields: ["id", "handle", "name", "description", "logo_url", "profile.*"],
      filters: { id: seller_id },
    })
    const seller = data[0]
    const existing = (seller as { profile?: unknown }).profile as ProfileRecord | null | undefined
    if (existing) return new StepResponse({ profile: existing, created: false }, null as Created | null)

    const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
    const profile = await createLinkedProfile(
      container,
      { handle: await freeHandle(service, seller.handle), display_name: seller.name, bio: seller.description, avatar_url: seller.logo_url, kind: "seller" },
      ownerOf(seller_id)
    )
    return new StepResponse({ profile, created: true }, { profile_id: profile.id, seller_id } as Created | null)
  },
  async (created, { container }) => {
    if (created) await removeLinkedProfile(container, created.profile_id, ownerOf(created.seller_id))
  }
)
