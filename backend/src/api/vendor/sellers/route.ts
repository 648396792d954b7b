import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { createSellerWorkflow } from "../../../workflows/seller"
import { sellerView } from "./serialize"
import { VendorCreateSellerType } from "./validators"

/** Registers a seller (pending) with the calling identity as its owner. */
export async function POST(req: AuthenticatedMedusaRequest<VendorCreateSellerType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This identity already acts for a seller")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id ?? req.validatedBody.email
  const { result } = await createSellerWorkflow(req.scope).run({
    input: { auth_identity_id: identity.id, member_email: email, seller: req.validatedBody },
  })
  // Read back: a plugin hook may have approved the seller within the workflow.
  const seller = await req.scope.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(result.seller.id)
  res.status(201).json({ seller: sellerView(seller as never) })
}
