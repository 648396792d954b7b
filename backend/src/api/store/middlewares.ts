import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { NoQuery } from "../validators"
import { sellerProductFilter } from "./products/seller-filter"

// A wildcard matcher sorts before Medusa's own "/store/products" middlewares, so the query is
// rewritten before Medusa validates it.
export const storeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products*", middlewares: [sellerProductFilter] },
  { method: ["GET"], matcher: "/store/sellers/:handle", middlewares: [validateAndTransformQuery(NoQuery, { defaults: ["id"] })] },
]
