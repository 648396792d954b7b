import { MedusaResponse } from "@medusajs/framework/http"
import { inviteSellerMemberWorkflow } from "../../../workflows/seller"
import { VendorInviteMemberType } from "../members/validators"
import { VendorRequest } from "../seller-context"

/** Creates an invite. The token is returned once, for the e-mail that carries it. */
export async function POST(req: VendorRequest<VendorInviteMemberType>, res: MedusaResponse) {
  const { result } = await inviteSellerMemberWorkflow(req.scope).run({
    input: { seller_id: req.seller.id, ...req.validatedBody },
  })
  res.status(201).json({ invite: { ...result.invite, token: result.token } })
}
