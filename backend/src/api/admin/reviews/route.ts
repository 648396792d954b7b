import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"
import { adminReviews } from "../../reviews/read"
import { AdminReviewsQueryType } from "../../reviews/validators"

/**
 * Reviews for moderation: published or hidden ones newest first (`q` searches title, text and author),
 * or "reported": published reviews with open reports, most reported first.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, limit, offset, q } = req.validatedQuery as AdminReviewsQueryType
  const service = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  if (status === "reported") {
    const { ids, count } = await service.pageReportedReviews({ limit, offset })
    return res.json({ reviews: await adminReviews(req.scope, ids), count, offset, limit })
  }
  const search = q ? { $or: ["title", "body", "author_name"].map((field) => ({ [field]: { $ilike: `%${q}%` } })) } : {}
  const [found, count] = await service.listAndCountReviews(
    { status, ...search },
    { select: ["id"], order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ reviews: await adminReviews(req.scope, found.map((r) => r.id)), count, offset, limit })
}
