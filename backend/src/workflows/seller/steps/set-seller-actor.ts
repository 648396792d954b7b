import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const KEY = "seller_id"

/**
 * Points an auth identity at the seller member it acts as (`app_metadata.seller_id`), or clears it
 * with null. Unlike Medusa's setAuthAppMetadataStep, a cleared (null) key can be set again, so a
 * removed member can later register a seller or accept another invite.
 */
export const setSellerActorStep = createStep(
  "set-seller-actor",
  async ({ auth_identity_id, member_id }: { auth_identity_id: string; member_id: string | null }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(auth_identity_id)
    const metadata = { ...(identity.app_metadata ?? {}) }
    const previous = (metadata[KEY] as string | null | undefined) ?? null
    if (previous && member_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This identity already acts for a seller")
    }
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...metadata, [KEY]: member_id } })
    return new StepResponse(undefined, { id: identity.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(undo.id)
    await auth.updateAuthIdentities({ id: undo.id, app_metadata: { ...(identity.app_metadata ?? {}), [KEY]: undo.previous } })
  }
)
