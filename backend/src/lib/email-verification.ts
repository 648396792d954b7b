import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../modules/seller"
import SellerModuleService from "../modules/seller/service"

/**
 * Whether the identity's sign-in e-mail (its emailpass address) is verified through Medusa's token verification
 * (`POST /auth/verification/confirm`). A verification of another address does not count.
 */
export async function isEmailVerified(container: MedusaContainer, authIdentityId: string): Promise<boolean> {
  const auth = container.resolve(Modules.AUTH)
  const [providers, verifications] = await Promise.all([
    auth.listProviderIdentities({ auth_identity_id: authIdentityId, provider: "emailpass" }, { select: ["entity_id"] }),
    auth.listAuthVerifications({ auth_identity_id: authIdentityId, entity_type: "email" }, { select: ["entity_id", "verified_at"] }),
  ])
  const email = providers[0]?.entity_id?.toLowerCase()
  return Boolean(email && verifications.some((v) => v.verified_at && v.entity_id.toLowerCase() === email))
}

/** Whether a seller's owner has verified its sign-in e-mail (the address its account mail goes to). */
export async function isSellerEmailVerified(container: MedusaContainer, sellerId: string): Promise<boolean> {
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const [owner] = await sellers.listSellerMembers({ seller_id: sellerId, role: "owner" }, { take: 1, select: ["auth_identity_id"] })
  return owner ? isEmailVerified(container, owner.auth_identity_id) : false
}
