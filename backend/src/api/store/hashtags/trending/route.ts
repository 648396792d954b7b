import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FEED_MODULE } from "../../../../modules/feed"
import FeedModuleService from "../../../../modules/feed/service"
import { TrendingHashtagsQueryType } from "../../../feed/validators"

/** Hashtags by heat over the trending window: `{ hashtags: [{ tag, score, posts_count }], count, offset, limit }`. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as TrendingHashtagsQueryType
  const feed = req.scope.resolve<FeedModuleService>(FEED_MODULE)
  const [rows, count] = await feed.listAndCountTrendingHashtags({}, { order: { score: "DESC", id: "ASC" }, skip: offset, take: limit })
  res.json({
    hashtags: rows.map((h) => ({ tag: h.id, score: h.score, posts_count: h.posts_count })),
    count,
    offset,
    limit,
  })
}
