import { Module } from "@medusajs/framework/utils"
import rankingProvidersLoader from "./loaders/ranking-providers"
import FeedModuleService from "./service"

export const FEED_MODULE = "feed"

export default Module(FEED_MODULE, {
  service: FeedModuleService,
  loaders: [rankingProvidersLoader],
})

export type { FeedModuleOptions } from "./options"
export type { PostSignals, RankingStrategy } from "./ranking/types"
