import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transform, when } from "@medusajs/framework/workflows-sdk"
import { SocialEvents } from "../../modules/social/events"
import { ensureSellerProfileStep } from "./steps/seller-profile"
import { ProfileFields, upsertCustomerProfileStep } from "./steps/upsert-customer-profile"

/** Who acts: a signed-in customer (store routes) or a seller (vendor routes). */
export type Actor = { type: "customer" | "seller"; id: string }

/**
 * Composes the steps that find the actor's profile, creating it on its first social action, inside
 * a workflow; a customer's profile also takes the given fields. Concurrent first actions of one actor
 * wait for each other, so it gets one profile.
 */
export function authorProfile(actor: Actor, fields: ProfileFields = {}) {
  const key = transform({ actor }, ({ actor }) => `profile:${actor.type}:${actor.id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const customer = when({ actor }, ({ actor }) => actor.type === "customer").then(() =>
    upsertCustomerProfileStep(transform({ actor, fields }, ({ actor, fields }) => ({ customer_id: actor.id, fields })))
  )
  const seller = when({ actor }, ({ actor }) => actor.type === "seller").then(() =>
    ensureSellerProfileStep(transform({ actor }, ({ actor }) => ({ seller_id: actor.id })))
  )
  releaseLockStep({ key })
  const own = transform({ customer, seller }, ({ customer, seller }) => (customer ?? seller)!)
  when({ own }, ({ own }) => own.created).then(() => {
    emitEventStep({
      eventName: SocialEvents.PROFILE_CREATED,
      data: transform({ own }, ({ own }) => ({ id: own.profile.id })),
    }).config({ name: "emit-profile-created" })
  })
  return own
}
