import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { CursorQuery } from "../cursor"
import { NoQuery } from "../validators"
import { sellerProductFilter } from "./products/seller-filter"
import { StoreUpsertProfile } from "./profiles/validators"

// Social actions need a signed-in customer; reading profiles does not.
const customer = authenticate("customer", ["session", "bearer"])
const one = { defaults: ["id"] }

// A wildcard matcher sorts before Medusa's own "/store/products" middlewares, so the query is
// rewritten before Medusa validates it.
export const storeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products*", middlewares: [sellerProductFilter] },
  { method: ["GET"], matcher: "/store/sellers/:handle", middlewares: [validateAndTransformQuery(NoQuery, one)] },

  { method: ["POST"], matcher: "/store/profiles/me", middlewares: [customer, validateAndTransformBody(StoreUpsertProfile)] },
  { method: ["GET"], matcher: "/store/profiles/:handle", middlewares: [validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST", "DELETE"], matcher: "/store/profiles/:handle/follow", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/profiles/:handle/followers", middlewares: [validateAndTransformQuery(CursorQuery, one)] },
  { method: ["GET"], matcher: "/store/profiles/:handle/following", middlewares: [validateAndTransformQuery(CursorQuery, one)] },
]
