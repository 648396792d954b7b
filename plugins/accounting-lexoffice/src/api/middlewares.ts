import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListLexofficeSyncs } from "./admin/lexoffice/syncs/validators"
import { LexofficeWebhookEvent } from "./hooks/lexoffice/validators"
import { verifyLexofficeSignature } from "./hooks/lexoffice/verify-signature"
import { NoBody, NoQuery } from "./validators"

// Medusa authenticates every /admin route as a `user`.
export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/admin/lexoffice/syncs",
      middlewares: [validateAndTransformQuery(AdminListLexofficeSyncs, { isList: true, defaults: ["id"] })],
    },
    { method: ["GET"], matcher: "/admin/lexoffice/syncs/:id", middlewares: [validateAndTransformQuery(NoQuery, { defaults: ["id"] })] },
    { method: ["POST"], matcher: "/admin/lexoffice/syncs/:id/retry", middlewares: [validateAndTransformBody(NoBody)] },
    { method: ["GET"], matcher: "/admin/lexoffice/syncs/:id/file", middlewares: [validateAndTransformQuery(NoQuery, { defaults: ["id"] })] },
    {
      method: ["GET"],
      matcher: "/store/orders/:id/invoice",
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(NoQuery, { defaults: ["id"] })],
    },
    {
      method: ["POST"],
      matcher: "/hooks/lexoffice",
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyLexofficeSignature, validateAndTransformBody(LexofficeWebhookEvent)],
    },
  ],
})
