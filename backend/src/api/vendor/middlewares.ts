import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { receiveImages } from "../social/upload"
import { CreatePost, UpdatePost } from "../social/validators"
import { ReplyToReview, VendorReviewsQuery } from "../reviews/validators"
import { NoBody, NoQuery } from "../validators"
import { vendorCors } from "./cors"
import { VendorDashboard } from "./dashboard/validators"
import { VendorAcceptInvite, VendorInviteMember } from "./members/validators"
import { VendorCreateFulfillment, VendorCreateShipment, VendorListOrders } from "./orders/validators"
import { VendorListPayouts } from "./payouts/validators"
import { VendorCreateProduct, VendorListProducts, VendorUpdateProduct } from "./products/validators"
import { authenticateSeller, requireApprovedForWrites, requireOwner, resolveSeller } from "./seller-context"
import { VendorCreateSeller, VendorUpdateSeller } from "./sellers/validators"

const list = { isList: true, defaults: ["id"] }
const one = { defaults: ["id"] }

export const vendorMiddlewares: MiddlewareRoute[] = [
  // Every vendor route: CORS (which answers preflights before any auth), who is calling, for which
  // seller, and may that seller write.
  { matcher: "/vendor*", middlewares: [vendorCors, authenticateSeller, resolveSeller, requireApprovedForWrites] },

  { method: ["POST"], matcher: "/vendor/sellers", middlewares: [validateAndTransformBody(VendorCreateSeller)] },
  { method: ["GET"], matcher: "/vendor/sellers/me", middlewares: [validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST"], matcher: "/vendor/sellers/me", middlewares: [validateAndTransformBody(VendorUpdateSeller)] },

  { method: ["GET"], matcher: "/vendor/members", middlewares: [requireOwner, validateAndTransformQuery(NoQuery, one)] },
  { method: ["DELETE"], matcher: "/vendor/members/:id", middlewares: [requireOwner] },
  { method: ["POST"], matcher: "/vendor/invites", middlewares: [requireOwner, validateAndTransformBody(VendorInviteMember)] },
  { method: ["POST"], matcher: "/vendor/invites/accept", middlewares: [validateAndTransformBody(VendorAcceptInvite)] },

  { method: ["GET"], matcher: "/vendor/products", middlewares: [validateAndTransformQuery(VendorListProducts, list)] },
  { method: ["POST"], matcher: "/vendor/products", middlewares: [validateAndTransformBody(VendorCreateProduct)] },
  { method: ["GET"], matcher: "/vendor/products/:id", middlewares: [validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST"], matcher: "/vendor/products/:id", middlewares: [validateAndTransformBody(VendorUpdateProduct)] },

  { method: ["GET"], matcher: "/vendor/orders", middlewares: [validateAndTransformQuery(VendorListOrders, list)] },
  { method: ["GET"], matcher: "/vendor/orders/:id", middlewares: [validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST"], matcher: "/vendor/orders/:id/fulfillments", middlewares: [validateAndTransformBody(VendorCreateFulfillment)] },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/shipments",
    middlewares: [validateAndTransformBody(VendorCreateShipment)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
    middlewares: [validateAndTransformBody(NoBody)],
  },

  { method: ["GET"], matcher: "/vendor/payouts", middlewares: [validateAndTransformQuery(VendorListPayouts, list)] },

  { method: ["GET"], matcher: "/vendor/reviews", middlewares: [validateAndTransformQuery(VendorReviewsQuery, one)] },
  { method: ["POST"], matcher: "/vendor/reviews/:id/reply", middlewares: [validateAndTransformBody(ReplyToReview)] },
  { method: ["GET"], matcher: "/vendor/dashboard", middlewares: [validateAndTransformQuery(VendorDashboard, one)] },

  { method: ["POST"], matcher: "/vendor/uploads", bodyParser: false, middlewares: [receiveImages] },
  { method: ["POST"], matcher: "/vendor/posts", middlewares: [validateAndTransformBody(CreatePost)] },
  { method: ["POST"], matcher: "/vendor/posts/:id", middlewares: [validateAndTransformBody(UpdatePost)] },
]
