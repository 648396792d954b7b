import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildFeedsWorkflow } from "../workflows/feed"

/** `npx medusa exec ./src/scripts/rebuild-feeds.ts`: derives every feed from the social data again. */
export default async function rebuildFeeds({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  logger.info("feeds: rebuilding from the social data...")
  const { result } = await rebuildFeedsWorkflow(container).run()
  logger.info(
    `feeds: ${result.posts} posts indexed, ${result.removed} stale removed, ${result.timelines} timelines rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
}
