import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isEmailVerified } from "../../../lib/email-verification"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { toLocale } from "../../../notifications"

const RECENT_MS = 10 * 60_000

export type VerificationTargetInput = { actor_type: "customer" | "seller"; actor_id: string }
export type VerificationTarget = { auth_identity_id: string; email: string; metadata: { actor_type: string; locale: string } }

/**
 * Whose sign-in e-mail to verify: a registered customer's identity, or a seller's owner's. Null for customers
 * without an account (guests, customers made by an operator), who have nothing to sign in with, and for an
 * address verified already (an owner registering a second shop) or sent a link in the last ten minutes.
 */
export const verificationTargetStep = createStep("email-verification-target", async (input: VerificationTargetInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let authIdentityId: string | undefined
  let locale: unknown
  if (input.actor_type === "customer") {
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "has_account", "metadata"], filters: { id: input.actor_id } })
    const customer = customers[0] as { has_account: boolean; metadata: Record<string, unknown> | null } | undefined
    if (!customer?.has_account) return new StepResponse<VerificationTarget | null>(null)
    const [identity] = await container.resolve(Modules.AUTH).listAuthIdentities({ app_metadata: { customer_id: input.actor_id } }, { take: 1 })
    authIdentityId = identity?.id
    locale = customer.metadata?.locale
  } else {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const seller = await sellers.retrieveSeller(input.actor_id)
    const [owner] = await sellers.listSellerMembers({ seller_id: seller.id, role: "owner" }, { take: 1 })
    authIdentityId = owner?.auth_identity_id
    locale = seller.locale
  }
  if (!authIdentityId || (await isEmailVerified(container, authIdentityId))) return new StepResponse<VerificationTarget | null>(null)
  const { data: providers } = await query.graph({
    entity: "provider_identity",
    fields: ["entity_id"],
    filters: { auth_identity_id: authIdentityId, provider: "emailpass" },
  })
  const email = (providers[0] as { entity_id: string } | undefined)?.entity_id
  if (!email) return new StepResponse<VerificationTarget | null>(null)
  // A replayed event must not replace the code mailed a moment ago, which would make that link useless.
  const [recent] = await container
    .resolve(Modules.AUTH)
    .listAuthVerifications({ auth_identity_id: authIdentityId, entity_id: email, entity_type: "email" }, { take: 1 })
  if (recent && Date.now() - new Date(recent.requested_at).getTime() < RECENT_MS) return new StepResponse<VerificationTarget | null>(null)
  return new StepResponse<VerificationTarget | null>({
    auth_identity_id: authIdentityId,
    email,
    metadata: { actor_type: input.actor_type, locale: toLocale(locale) },
  })
})
