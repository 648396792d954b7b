import { MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"
import { vendorReviews } from "../../reviews/read"
import { VendorReviewsQueryType } from "../../reviews/validators"
import { VendorRequest } from "../seller-context"

/** Reviews of the seller's products, newest first; `replied=false` lists those still waiting for a reply. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { limit, offset, rating, replied } = req.validatedQuery as VendorReviewsQueryType
  const filters = {
    seller_id: req.seller.id,
    ...(rating ? { rating } : {}),
    ...(replied === "true" ? { replied_at: { $ne: null } } : replied === "false" ? { replied_at: null } : {}),
  }
  const [found, count] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews(filters, { select: ["id"], order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ reviews: await vendorReviews(req.scope, found.map((r) => r.id)), count, offset, limit })
}
