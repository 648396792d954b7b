import { MedusaResponse } from "@medusajs/framework/http"
import { removeSellerMemberWorkflow } from "../../../../workflows/seller"
import { VendorRequest } from "../../seller-context"

export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await removeSellerMemberWorkflow(req.scope).run({ input: { seller_id: req.seller.id, member_id: req.params.id } })
  res.json({ id: req.params.id, object: "member", deleted: true })
}
