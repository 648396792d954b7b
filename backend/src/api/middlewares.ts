import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { sessionMiddlewares } from "./sessions"
import { storeMiddlewares } from "./store/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [...sessionMiddlewares, ...vendorMiddlewares, ...adminMiddlewares, ...storeMiddlewares, ...authMiddlewares],
})
