import { MiddlewareRoute } from "@medusajs/framework/http"
import { sellerProductFilter } from "./products/seller-filter"

// A wildcard matcher sorts before Medusa's own "/store/products" middlewares, so the query is
// rewritten before Medusa validates it.
export const storeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products*", middlewares: [sellerProductFilter] },
]
