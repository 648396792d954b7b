import { MedusaContainer } from "@medusajs/framework/types"
import { alertOnFailure } from "../workflows/alert"
import { refreshTrendingWorkflow } from "../workflows/feed"

/** Every 15 minutes: recent posts' engagement is recounted (unlikes send no event) and trending hashtags recomputed. */
async function refreshTrending(container: MedusaContainer) {
  await refreshTrendingWorkflow(container).run()
}

export const config = { name: "refresh-trending", schedule: "*/15 * * * *" }

export default alertOnFailure(config.name, refreshTrending)
