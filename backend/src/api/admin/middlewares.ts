import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminReviewsQuery, HideReview } from "../reviews/validators"
import { ReportListQuery } from "../social/validators"
import { NoBody, NoQuery } from "../validators"
import { AdminListModerationEntries, AdminListProposed, AdminModerateProduct } from "./moderation/validators"
import { AdminListPayouts, AdminMarkPayoutPaid } from "./payouts/validators"
import { AdminListSellers, AdminSellerReason, AdminUpdateSeller } from "./sellers/validators"
import { AdminListSubOrders } from "./sub-orders/validators"

const list = { isList: true, defaults: ["id"] }

// Medusa authenticates every /admin route as a `user`; these add the marketplace and social routes' validation.
export const adminMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/sellers", middlewares: [validateAndTransformQuery(AdminListSellers, list)] },
  { method: ["GET"], matcher: "/admin/sellers/:id", middlewares: [validateAndTransformQuery(NoQuery, { defaults: ["id"] })] },
  { method: ["POST"], matcher: "/admin/sellers/:id", middlewares: [validateAndTransformBody(AdminUpdateSeller)] },
  { method: ["POST"], matcher: "/admin/sellers/:id/approve", middlewares: [validateAndTransformBody(NoBody)] },
  { method: ["POST"], matcher: "/admin/sellers/:id/reinstate", middlewares: [validateAndTransformBody(NoBody)] },
  { method: ["POST"], matcher: "/admin/sellers/:id/reject", middlewares: [validateAndTransformBody(AdminSellerReason)] },
  { method: ["POST"], matcher: "/admin/sellers/:id/suspend", middlewares: [validateAndTransformBody(AdminSellerReason)] },

  { method: ["GET"], matcher: "/admin/moderation/products", middlewares: [validateAndTransformQuery(AdminListProposed, list)] },
  { method: ["POST"], matcher: "/admin/moderation/products/:id", middlewares: [validateAndTransformBody(AdminModerateProduct)] },
  { method: ["GET"], matcher: "/admin/moderation/entries", middlewares: [validateAndTransformQuery(AdminListModerationEntries, list)] },

  { method: ["GET"], matcher: "/admin/payouts", middlewares: [validateAndTransformQuery(AdminListPayouts, list)] },
  { method: ["POST"], matcher: "/admin/payouts/:id/mark-paid", middlewares: [validateAndTransformBody(AdminMarkPayoutPaid)] },

  { method: ["GET"], matcher: "/admin/sub-orders", middlewares: [validateAndTransformQuery(AdminListSubOrders, list)] },

  { method: ["GET"], matcher: "/admin/reviews", middlewares: [validateAndTransformQuery(AdminReviewsQuery, { defaults: ["id"] })] },
  { method: ["POST"], matcher: "/admin/reviews/:id/hide", middlewares: [validateAndTransformBody(HideReview)] },
  { method: ["POST"], matcher: "/admin/reviews/:id/restore", middlewares: [validateAndTransformBody(NoBody)] },

  { method: ["GET"], matcher: "/admin/social/reports", middlewares: [validateAndTransformQuery(ReportListQuery, list)] },
  { method: ["POST"], matcher: "/admin/social/reports/:id/dismiss", middlewares: [validateAndTransformBody(NoBody)] },
  { method: ["POST"], matcher: "/admin/social/posts/:id/hide", middlewares: [validateAndTransformBody(NoBody)] },
  { method: ["POST"], matcher: "/admin/social/posts/:id/restore", middlewares: [validateAndTransformBody(NoBody)] },
]
