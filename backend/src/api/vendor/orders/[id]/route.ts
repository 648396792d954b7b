import { MedusaResponse } from "@medusajs/framework/http"
import { VendorRequest } from "../../seller-context"
import { vendorOrder } from "../read"

export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json({ order: await vendorOrder(req) })
}
