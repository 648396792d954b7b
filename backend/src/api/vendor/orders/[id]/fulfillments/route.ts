import { MedusaResponse } from "@medusajs/framework/http"
import { fulfillSubOrderWorkflow } from "../../../../../workflows/sub-order"
import { VendorRequest } from "../../../seller-context"
import { VendorCreateFulfillmentType } from "../../validators"
import { vendorOrder } from "../../read"

export async function POST(req: VendorRequest<VendorCreateFulfillmentType>, res: MedusaResponse) {
  await fulfillSubOrderWorkflow(req.scope).run({
    input: { seller_id: req.seller.id, member_id: req.member.id, order_id: req.params.id, items: req.validatedBody.items },
  })
  res.status(201).json({ order: await vendorOrder(req) })
}
