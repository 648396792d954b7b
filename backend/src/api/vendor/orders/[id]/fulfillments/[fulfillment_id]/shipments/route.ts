import { MedusaResponse } from "@medusajs/framework/http"
import { shipSubOrderWorkflow } from "../../../../../../../workflows/sub-order"
import { VendorRequest } from "../../../../../seller-context"
import { VendorCreateShipmentType } from "../../../../validators"
import { vendorOrder } from "../../../../read"

export async function POST(req: VendorRequest<VendorCreateShipmentType>, res: MedusaResponse) {
  await shipSubOrderWorkflow(req.scope).run({
    input: {
      seller_id: req.seller.id,
      member_id: req.member.id,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
      ...req.validatedBody,
    },
  })
  res.json({ order: await vendorOrder(req) })
}
