import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"
import { freeHandle, handleFrom } from "./free-handle"
import { createLinkedProfile, ProfileRecord, removeLinkedProfile } from "./linked-profile"

const ownerOf = (customer_id: string) => ({ [Modules.CUSTOMER]: { customer_id } })

export type ProfileFields = { handle?: string; display_name?: string; bio?: string | null; avatar_url?: string | null }

type Undo =
  | { update: { id: string; handle: string; display_name: string; bio: string | null; avatar_url: string | null } }
  | { created: { profile_id: string; customer_id: string } }

/**
 * Creates the customer's profile on its first social action (a free handle from its name), or
 * updates it with the given fields. Returns the profile and whether it is new; undone on failure.
 */
export const upsertCustomerProfileStep = createStep(
  "upsert-customer-profile",
  async ({ customer_id, fields }: { customer_id: string; fields: ProfileFields }, { container }) => {
    const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "first_name", "last_name", "email", "profile.*"],
      filters: { id: customer_id },
    })
    const customer = customers[0] as { id: string; first_name?: string; last_name?: string; email: string; profile?: ProfileRecord | null } | undefined
    if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customer was not found")

    if (fields.handle) {
      const [taken] = await service.listProfiles({ handle: fields.handle }, { select: ["id"] })
      if (taken && taken.id !== customer.profile?.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle: "${fields.handle}" is already taken`)
      }
    }

    if (customer.profile?.id) {
      // Every social action passes here: one that changes nothing writes nothing.
      if (!Object.keys(fields).length) return new StepResponse({ profile: customer.profile, created: false }, null as Undo | null)
      const previous = await service.retrieveProfile(customer.profile.id)
      const profile = await service.updateProfiles({ id: previous.id, ...fields })
      const { id, handle, display_name, bio, avatar_url } = previous
      return new StepResponse({ profile, created: false }, { update: { id, handle, display_name, bio, avatar_url } } as Undo | null)
    }

    const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email.split("@")[0]
    const handle = fields.handle ?? (await freeHandle(service, handleFrom(name)))
    const profile = await createLinkedProfile(container, { display_name: name, ...fields, handle, kind: "customer" }, ownerOf(customer_id))
    return new StepResponse({ profile, created: true }, { created: { profile_id: profile.id, customer_id } } as Undo | null)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
    if ("update" in undo) return void (await service.updateProfiles(undo.update))
    await removeLinkedProfile(container, undo.created.profile_id, ownerOf(undo.created.customer_id))
  }
)
