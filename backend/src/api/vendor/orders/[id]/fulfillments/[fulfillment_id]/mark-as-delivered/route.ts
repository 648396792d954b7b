import { MedusaResponse } from "@medusajs/framework/http"
import { deliverSubOrderWorkflow } from "../../../../../../../workflows/sub-order"
import { VendorRequest } from "../../../../../seller-context"
import { vendorOrder } from "../../../../read"

export async function POST(req: VendorRequest, res: MedusaResponse) {
  await deliverSubOrderWorkflow(req.scope).run({
    input: { seller_id: req.seller.id, order_id: req.params.id, fulfillment_id: req.params.fulfillment_id },
  })
  res.json({ order: await vendorOrder(req) })
}
