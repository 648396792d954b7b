import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { WebhookDelivery } from "./hooks/vivawallet/validators"
import { sessionCustomer } from "./store/session-customer"

export default defineMiddlewares({
  routes: [
    { matcher: "/hooks/vivawallet", method: "POST", middlewares: [validateAndTransformBody(WebhookDelivery)] },
    { matcher: "/store/payment-collections/:id/payment-sessions", method: "POST", middlewares: [sessionCustomer] },
  ],
})
