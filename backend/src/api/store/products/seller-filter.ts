import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { sellerProductIds } from "../../vendor/products/read"

// Only these seller fields reach shoppers; contact and payout details never do.
const STORE_SELLER_FIELDS = ["seller.id", "seller.handle", "seller.name"]
// Every product also carries its rating aggregate (null before its first review).
const RATING_FIELDS = ["rating.average", "rating.count", "rating.histogram"]

/**
 * Extends Medusa's store product routes: every product carries its seller's id, handle and name,
 * and `seller_id` narrows the list to one approved seller's products. Runs before Medusa's own
 * (strict) query validation, which never sees the `seller_id` key.
 */
export async function sellerProductFilter(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // A product's posts (`/store/products/:id/posts`) are a social list, not one of Medusa's product routes.
  if (/^\/store\/products\/[^/]+\/(posts|reviews)\/?$/.test(req.originalUrl.split("?")[0])) return next()
  const query = req.query as Record<string, unknown>
  const fields = typeof query.fields === "string" ? query.fields : ""
  const refused = fields.split(",").find((f) => f.includes("seller") && !STORE_SELLER_FIELDS.includes(f.replace(/^[+-]/, "")))
  if (refused) {
    return res.status(400).json({ type: "invalid_data", message: `fields: ${refused} is not available; a product's seller has ${STORE_SELLER_FIELDS.join(", ")}` })
  }
  query.fields = [fields, ...[...STORE_SELLER_FIELDS, ...RATING_FIELDS].map((f) => `+${f}`)].filter(Boolean).join(",")
  req.allowed = [...(req.allowed ?? []), "seller", ...STORE_SELLER_FIELDS, "rating", ...RATING_FIELDS]

  if (query.seller_id === undefined) return next()
  const sellerId = query.seller_id
  delete query.seller_id
  if (typeof sellerId !== "string" || !sellerId) {
    return res.status(400).json({ type: "invalid_data", message: "seller_id: expected one seller id" })
  }
  const service: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [seller] = await service.listSellers({ id: sellerId, status: "approved" }, { select: ["id"] })
  const ids = seller ? await sellerProductIds(req.scope, seller.id) : []
  // An unknown seller, or one without products, lists nothing (an empty id filter would list everything).
  if (!ids.length) {
    const limit = Number(query.limit ?? 50)
    const offset = Number(query.offset ?? 0)
    return res.json({ products: [], count: 0, offset, limit })
  }
  const requested = query.id === undefined ? undefined : ([] as string[]).concat(query.id as string | string[])
  query.id = requested ? requested.filter((id) => ids.includes(id)) : ids
  if (!(query.id as string[]).length) query.id = ["none"]
  next()
}
