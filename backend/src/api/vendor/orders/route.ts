import { MedusaResponse } from "@medusajs/framework/http"
import { VendorRequest } from "../seller-context"
import { listSellerSubOrders, readVendorOrders } from "./read"
import { VendorListOrdersType } from "./validators"

export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { limit, offset, fulfillment_status } = req.validatedQuery as VendorListOrdersType
  const [subOrders, count] = await listSellerSubOrders(
    req.scope,
    req.seller.id,
    fulfillment_status ? { fulfillment_status } : {},
    { skip: offset, take: limit }
  )
  res.json({ orders: await readVendorOrders(req.scope, req.seller.id, [...subOrders]), count, offset, limit })
}
