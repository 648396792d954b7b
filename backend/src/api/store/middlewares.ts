import { allowFields, authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { CursorQuery } from "../cursor"
import { FeedQuery, ProductClick, TrendingHashtagsQuery } from "../feed/validators"
import { receiveImages } from "../social/upload"
import { AddComment, CommentListQuery, CreatePost, PostListQuery, PostQuery, ReportPost, UpdatePost } from "../social/validators"
import { CreateReview, OwnReviewsQuery, ProductReviewsQuery, ReportReview, UpdateReview } from "../reviews/validators"
import { NoBody, NoQuery } from "../validators"
import { CatalogQuery } from "./catalog/validators"
import { NotificationListQuery, UpdatePreferences } from "./notifications/validators"
import { OrderLookup } from "./orders/validators"
import { sellerProductFilter } from "./products/seller-filter"
import { StoreUpsertProfile } from "./profiles/validators"
import { verifiedEmail } from "./verified-email"

// Social actions need a signed-in customer. Reading does not; Medusa already signs in a customer on every
// /store route when a token or session is sent, so a signed-in reader learns what it liked and follows.
const customer = authenticate("customer", ["session", "bearer"])
const one = { defaults: ["id"] }
const FULFILLMENT_FIELDS = [
  "fulfillments.items",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "fulfillments.labels",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

// A wildcard matcher sorts before Medusa's own "/store/products" middlewares, so the query is
// rewritten before Medusa validates it.
export const storeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products*", middlewares: [sellerProductFilter] },
  { method: ["GET"], matcher: "/store/catalog", middlewares: [validateAndTransformQuery(CatalogQuery, one)] },
  { method: ["GET"], matcher: "/store/sellers/:handle", middlewares: [validateAndTransformQuery(NoQuery, one)] },
  // A shopper's order page shows each seller's parcel: which lines a fulfilment holds and its tracking.
  // Medusa's store order routes allow only a fulfilment's own columns.
  { method: ["GET"], matcher: "/store/orders*", middlewares: [allowFields(...FULFILLMENT_FIELDS)] },
  { method: ["POST"], matcher: "/store/orders/lookup", middlewares: [validateAndTransformBody(OrderLookup)] },

  { method: ["GET"], matcher: "/store/notifications", middlewares: [customer, validateAndTransformQuery(NotificationListQuery, one)] },
  { method: ["POST"], matcher: "/store/notifications/read-all", middlewares: [customer, validateAndTransformBody(NoBody)] },
  { method: ["POST"], matcher: "/store/notifications/:id/read", middlewares: [customer, validateAndTransformBody(NoBody)] },
  { method: ["GET"], matcher: "/store/notifications/preferences", middlewares: [customer, validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST"], matcher: "/store/notifications/preferences", middlewares: [customer, validateAndTransformBody(UpdatePreferences)] },

  { method: ["GET"], matcher: "/store/profiles/me", middlewares: [customer, validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST"], matcher: "/store/profiles/me", middlewares: [customer, validateAndTransformBody(StoreUpsertProfile)] },
  { method: ["GET"], matcher: "/store/profiles/:handle", middlewares: [validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST", "DELETE"], matcher: "/store/profiles/:handle/follow", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/profiles/:handle/followers", middlewares: [validateAndTransformQuery(CursorQuery, one)] },
  { method: ["GET"], matcher: "/store/profiles/:handle/following", middlewares: [validateAndTransformQuery(CursorQuery, one)] },
  { method: ["GET"], matcher: "/store/profiles/:handle/posts", middlewares: [validateAndTransformQuery(PostListQuery, one)] },

  { method: ["GET"], matcher: "/store/customers/me/email-verification", middlewares: [customer, validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST"], matcher: "/store/uploads", bodyParser: false, middlewares: [customer, verifiedEmail, receiveImages] },
  { method: ["POST"], matcher: "/store/posts", middlewares: [customer, verifiedEmail, validateAndTransformBody(CreatePost)] },
  { method: ["GET"], matcher: "/store/posts/:id", middlewares: [validateAndTransformQuery(PostQuery, one)] },
  { method: ["POST"], matcher: "/store/posts/:id", middlewares: [customer, validateAndTransformBody(UpdatePost)] },
  { method: ["DELETE"], matcher: "/store/posts/:id", middlewares: [customer] },
  { method: ["POST", "DELETE"], matcher: "/store/posts/:id/likes", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/posts/:id/comments", middlewares: [validateAndTransformQuery(CommentListQuery, one)] },
  { method: ["POST"], matcher: "/store/posts/:id/comments", middlewares: [customer, verifiedEmail, validateAndTransformBody(AddComment)] },
  { method: ["DELETE"], matcher: "/store/posts/:id/comments/:cid", middlewares: [customer] },
  { method: ["POST"], matcher: "/store/posts/:id/reports", middlewares: [customer, validateAndTransformBody(ReportPost)] },
  { method: ["POST"], matcher: "/store/posts/:id/product-clicks", middlewares: [validateAndTransformBody(ProductClick)] },
  { method: ["GET"], matcher: "/store/feed", middlewares: [validateAndTransformQuery(FeedQuery, one)] },
  { method: ["GET"], matcher: "/store/hashtags/trending", middlewares: [validateAndTransformQuery(TrendingHashtagsQuery, one)] },
  { method: ["GET"], matcher: "/store/hashtags/:tag/posts", middlewares: [validateAndTransformQuery(PostListQuery, one)] },
  { method: ["GET"], matcher: "/store/products/:id/posts", middlewares: [validateAndTransformQuery(PostListQuery, one)] },

  { method: ["GET"], matcher: "/store/products/:id/reviews", middlewares: [validateAndTransformQuery(ProductReviewsQuery, one)] },
  { method: ["GET"], matcher: "/store/reviews", middlewares: [customer, validateAndTransformQuery(OwnReviewsQuery, one)] },
  { method: ["POST"], matcher: "/store/reviews", middlewares: [customer, validateAndTransformBody(CreateReview)] },
  { method: ["GET"], matcher: "/store/reviews/:id", middlewares: [customer, validateAndTransformQuery(NoQuery, one)] },
  { method: ["POST"], matcher: "/store/reviews/:id", middlewares: [customer, validateAndTransformBody(UpdateReview)] },
  { method: ["DELETE"], matcher: "/store/reviews/:id", middlewares: [customer] },
  { method: ["POST"], matcher: "/store/reviews/:id/helpful", middlewares: [customer, validateAndTransformBody(NoBody)] },
  { method: ["DELETE"], matcher: "/store/reviews/:id/helpful", middlewares: [customer] },
  { method: ["POST"], matcher: "/store/reviews/:id/reports", middlewares: [customer, validateAndTransformBody(ReportReview)] },
]
