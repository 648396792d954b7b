import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../../../modules/review"
import ReviewModuleService from "../../../../../modules/review/service"
import { reviewCursor } from "../../../../reviews/cursor"
import { ratingOf, storeReviews } from "../../../../reviews/read"
import { ProductReviewsQueryType } from "../../../../reviews/validators"

/**
 * A published product's reviews, newest or most helpful first (cursor pages, optionally one rating),
 * with the product's whole rating: average, count and histogram.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProductReviewsQueryType>, res: MedusaResponse) {
  const query = req.validatedQuery as ProductReviewsQueryType
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id"],
    filters: { id: req.params.id, status: "published" },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  const page = await req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).pageProductReviews(req.params.id, {
    sort: query.sort,
    limit: query.limit,
    rating: query.rating,
    after: reviewCursor(query.sort).decode(query.cursor),
  })
  // Medusa signs in a customer on every /store route when a token or session is sent.
  const auth = req.auth_context
  const reader = auth?.actor_type === "customer" ? auth.actor_id : undefined
  res.json({
    reviews: await storeReviews(req.scope, page.ids, reader),
    next_cursor: reviewCursor(query.sort).encode(page.next as never),
    rating: await ratingOf(req.scope, { product_id: req.params.id }),
  })
}
