import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

/** A profile as the social module returns it. */
export type ProfileRecord = Awaited<ReturnType<SocialModuleService["retrieveProfile"]>>
type ProfileData = { handle: string; display_name: string; kind: "customer" | "seller"; bio?: string | null; avatar_url?: string | null }
/** Whose profile it is, as the other side of a link: `{ [Modules.CUSTOMER]: { customer_id } }` or the seller's. */
export type Owner = Record<string, Record<string, string>>

/**
 * Creates a profile and links it to its owner. A failing step is not compensated, so when the link
 * fails this removes the profile it created itself.
 */
export async function createLinkedProfile(container: MedusaContainer, data: ProfileData, owner: Owner): Promise<ProfileRecord> {
  const service = container.resolve<SocialModuleService>(SOCIAL_MODULE)
  const profile = await service.createProfiles(data)
  try {
    await container.resolve(ContainerRegistrationKeys.LINK).create({ [SOCIAL_MODULE]: { profile_id: profile.id }, ...owner })
  } catch (error) {
    await service.deleteProfiles(profile.id)
    throw error
  }
  return profile
}

/** Undoes `createLinkedProfile` (the compensation of the steps that call it). */
export async function removeLinkedProfile(container: MedusaContainer, profileId: string, owner: Owner) {
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss({ [SOCIAL_MODULE]: { profile_id: profileId }, ...owner })
  await container.resolve<SocialModuleService>(SOCIAL_MODULE).deleteProfiles(profileId)
}
