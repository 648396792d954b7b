import { MedusaContainer } from "@medusajs/framework/types"
import { refreshTrendingWorkflow } from "../workflows/feed"

/** Every 15 minutes: recent posts' engagement is recounted (unlikes send no event) and trending hashtags recomputed. */
export default async function refreshTrending(container: MedusaContainer) {
  await refreshTrendingWorkflow(container).run()
}

export const config = { name: "refresh-trending", schedule: "*/15 * * * *" }
