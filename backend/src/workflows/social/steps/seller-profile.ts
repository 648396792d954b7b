import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"
import { freeHandle } from "./free-handle"

type ProfileRecord = Awaited<ReturnType<SocialModuleService["retrieveProfile"]>>
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
    const profile = await service.createProfiles({
      handle: await freeHandle(service, seller.handle),
      display_name: seller.name,
      bio: seller.description,
      avatar_url: seller.logo_url,
      kind: "seller",
    })
    try {
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [SOCIAL_MODULE]: { profile_id: profile.id },
        [SELLER_MODULE]: { seller_id },
      })
    } catch (error) {
      // A failing step is not compensated, so it removes what it created itself.
      await service.deleteProfiles(profile.id)
      throw error
    }
    return new StepResponse({ profile: profile as ProfileRecord, created: true }, { profile_id: profile.id, seller_id } as Created | null)
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [SOCIAL_MODULE]: { profile_id: created.profile_id },
      [SELLER_MODULE]: { seller_id: created.seller_id },
    })
    await container.resolve<SocialModuleService>(SOCIAL_MODULE).deleteProfiles(created.profile_id)
  }
)
