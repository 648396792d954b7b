import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isSellerEmailVerified } from "../../../../lib/email-verification"
import { SELLER_MODULE } from "../../../../modules/seller"
import SellerModuleService from "../../../../modules/seller/service"
import { updateSellerWorkflow } from "../../../../workflows/seller"
import { VendorRequest } from "../../seller-context"
import { sellerView } from "../serialize"
import { VendorUpdateSellerType } from "../validators"

export async function GET(req: VendorRequest, res: MedusaResponse) {
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [seller, emailVerified] = await Promise.all([service.retrieveSeller(req.seller.id), isSellerEmailVerified(req.scope, req.seller.id)])
  res.json({ seller: { ...sellerView(seller as never), email_verified: emailVerified }, member: req.member })
}

export async function POST(req: VendorRequest<VendorUpdateSellerType>, res: MedusaResponse) {
  // Where the money goes is for owners to decide.
  if (req.member.role !== "owner" && Object.keys(req.validatedBody).some((key) => key.startsWith("payout_"))) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only an owner can change payout details")
  }
  const { result } = await updateSellerWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.seller.id } })
  res.json({ seller: sellerView(result as never) })
}
