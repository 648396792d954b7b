import { ExecArgs } from "@medusajs/framework/types"
import rebuildFeeds from "../scripts/rebuild-feeds"

// Runs once, on the `medusa db:migrate` that brings the feed module to a database that may already
// hold posts and follows: their feeds are derived then, not left empty until someone rebuilds them.
export default async function buildFeedsOnUpgrade(args: ExecArgs) {
  await rebuildFeeds(args)
}
